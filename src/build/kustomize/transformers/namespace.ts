import { isJsonObject } from '../../../lib/strategic-merge/index.js';
import { fieldSpecApplies, splitFieldPath, visitFieldPath, type FieldSpec } from '../field-spec.js';
import { KustomizeError } from '../kustomize-error.js';
import { idKey, isClusterScoped, resIdString } from '../res-id.js';
import type { ResMap } from '../res-map.js';

/** How role binding subjects get the namespace (kustomize's setRoleBindingSubjects). */
export type SubjectMode = 'defaultOnly' | 'allServiceAccounts' | 'none';

const isBinding = (kind: string): boolean => kind === 'RoleBinding' || kind === 'ClusterRoleBinding';

/**
 * kustomize's NamespaceTransformer: sets metadata.namespace on namespaced objects (cluster-scoped kinds untouched),
 * renames v1 Namespace objects, sets the namespace of role binding subjects named `default` (by default), and the
 * other namespace fields of the config. With `unsetOnly`, only empty fields are set.
 */
export function applyNamespace(
  rm: ResMap, namespace: string, specs: readonly FieldSpec[], file: string, unsetOnly = false, subjects: SubjectMode = 'defaultOnly',
): void {
  const set = (parent: Record<string, unknown>, key: string): void => {
    if (unsetOnly && typeof parent[key] === 'string' && parent[key] !== '') return;
    (parent as Record<string, string>)[key] = namespace;
  };
  for (const r of rm.list) {
    if (Object.keys(r.obj).length === 0) continue;
    r.storePreviousId();
    const gvk = r.id;
    if (!isClusterScoped(gvk)) set(r.metadata, 'namespace');
    if (isBinding(gvk.kind) && subjects !== 'none' && Array.isArray(r.obj.subjects)) {
      for (const s of r.obj.subjects) {
        if (!isJsonObject(s)) continue;
        if (subjects === 'defaultOnly' ? s.name === 'default' : s.kind === 'ServiceAccount') set(s, 'namespace');
      }
    }
    for (const fs of specs) {
      if (fs.path === 'metadata/namespace') continue;
      if (isBinding(fs.kind ?? '') && fs.path.startsWith('subjects')) continue;
      if (fs.path === 'metadata/name' && r.apiVersion !== 'v1') continue;
      if (!fieldSpecApplies(fs, gvk)) continue;
      visitFieldPath(r.obj, splitFieldPath(fs.path), fs.create === true, (parent, key) => {
        if (parent[key] === undefined && !fs.create) return;
        set(parent, key);
      });
    }
  }
  const seen = new Set<string>();
  for (const r of rm.list) {
    const key = idKey(r.id);
    if (seen.has(key)) throw new KustomizeError(`${file}: namespace transformation produces ID conflict: ${resIdString(r.id)}`, file);
    seen.add(key);
  }
}

import { compileLabelSelector } from './label-selector.js';
import { KustomizeError } from './kustomize-error.js';
import type { Selector } from './kustomization.js';
import { effectiveNamespace, gvkSelected } from './res-id.js';
import type { ResMap } from './res-map.js';
import type { Resource } from './resource.js';

function anchored(pattern: string | undefined, where: string): RegExp | undefined {
  if (!pattern) return undefined;
  try {
    return new RegExp(`^(?:${pattern})$`);
  } catch {
    throw new KustomizeError(`${where}: invalid regular expression "${pattern}"`);
  }
}

/**
 * The resources a `target` selects, as kustomize's ResMap.Select: name and namespace are anchored regular
 * expressions tried against the original and the current id, GVK fields must match exactly when given, and label /
 * annotation selectors must hold.
 */
export function selectResources(rm: ResMap, sel: Selector, where: string): Resource[] {
  const name = anchored(sel.name, where);
  const ns = anchored(sel.namespace, where);
  const labels = sel.labelSelector ? compileLabelSelector(sel.labelSelector, where) : undefined;
  const annotations = sel.annotationSelector ? compileLabelSelector(sel.annotationSelector, where) : undefined;
  return rm.list.filter((r) => {
    const cur = r.id;
    const org = r.originalId;
    if (ns && !ns.test(effectiveNamespace(org)) && !ns.test(effectiveNamespace(cur))) return false;
    if (name && !name.test(org.name) && !name.test(cur.name)) return false;
    if (!gvkSelected(cur, { group: sel.group, version: sel.version, kind: sel.kind })) return false;
    if (labels && !labels(r.labels())) return false;
    if (annotations && !annotations(r.annotations())) return false;
    return true;
  });
}

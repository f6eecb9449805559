import { builtinResources } from '../../api/kubernetes/index.js';

/** Group, version and kind of an object. */
export interface Gvk { group: string; version: string; kind: string }

/** The identity kustomize gives a resource: its GVK, name and namespace ('' when unset). */
export interface ResId extends Gvk { name: string; namespace: string }

/** Splits an apiVersion into group and version (`apps/v1` → apps, v1; `v1` → '', v1). */
export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.lastIndexOf('/');
  return i < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

/** `group|kind` of every cluster-scoped built-in kind; computed once, never changed. */
const CLUSTER_SCOPED: ReadonlySet<string> = new Set(builtinResources().filter((r) => !r.namespaced).map((r) => `${r.group}|${r.kind}`));

/** Whether kustomize treats the kind as cluster-scoped (built-in knowledge; custom kinds are namespaced). */
export function isClusterScoped(gvk: Gvk): boolean {
  return CLUSTER_SCOPED.has(`${gvk.group}|${gvk.kind}`);
}

/** A string equal for two ids exactly when `sameId` holds (for indexing). */
export function idKey(id: ResId): string {
  return `${id.group}|${id.version}|${id.kind}|${id.name}|${effectiveNamespace(id)}`;
}

/** The namespace used for equality: cluster-scoped ids have none, '' means "default". */
export function effectiveNamespace(id: ResId): string {
  if (isClusterScoped(id)) return '~cluster';
  return id.namespace === '' ? 'default' : id.namespace;
}

/** Whether two ids name the same object (GVK, name, effective namespace). */
export function sameId(a: ResId, b: ResId): boolean {
  return a.kind === b.kind && a.name === b.name && a.group === b.group && a.version === b.version
    && effectiveNamespace(a) === effectiveNamespace(b);
}

/** kustomize's text form of an id, e.g. `Deployment.v1.apps/web.[noNs]` (as in its error messages). */
export function resIdString(id: ResId): string {
  return `${id.kind}.${id.version || '[noVer]'}.${id.group || '[noGrp]'}/${id.name}.${id.namespace || '[noNs]'}`;
}

/**
 * Whether `id` is selected by a partial GVK (kustomize's `Gvk.IsSelected`): every non-empty field of `selector`
 * must match.
 */
export function gvkSelected(id: Gvk, selector: Partial<Gvk>): boolean {
  if (selector.group && selector.group !== id.group) return false;
  if (selector.version && selector.version !== id.version) return false;
  if (selector.kind && selector.kind !== id.kind) return false;
  return true;
}

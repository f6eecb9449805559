import type { ResourceRegistry } from '../registry/resource-registry.js';
import type { ResourceType } from '../registry/resource-type.js';

/** `/api`: the core group's versions. */
export function apiVersions(serverAddress: string): Record<string, unknown> {
  return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }] };
}

function groupEntry(name: string, versions: string[]): Record<string, unknown> {
  const list = versions.map((v) => ({ groupVersion: `${name}/${v}`, version: v }));
  return { name, versions: list, preferredVersion: list[0] };
}

/** `/apis`: every named group with its versions, preferred first. */
export function apiGroupList(registry: ResourceRegistry): Record<string, unknown> {
  const groups = registry.groups().filter((g) => g.name !== '').sort((a, b) => groupOrder(a.name) - groupOrder(b.name) || a.name.localeCompare(b.name));
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: groups.map((g) => groupEntry(g.name, g.versions)) };
}

/** `/apis/<group>`: one group, or undefined when not served. */
export function apiGroup(registry: ResourceRegistry, name: string): Record<string, unknown> | undefined {
  const g = registry.groups().find((x) => x.name === name);
  return g ? { kind: 'APIGroup', apiVersion: 'v1', ...groupEntry(g.name, g.versions) } : undefined;
}

/** `/api/v1` or `/apis/<group>/<version>`: its resources and subresources, or undefined when not served. */
export function apiResourceList(registry: ResourceRegistry, group: string, version: string): Record<string, unknown> | undefined {
  const types = registry.inGroupVersion(group, version);
  if (types.length === 0) return undefined;
  return {
    kind: 'APIResourceList', apiVersion: 'v1', groupVersion: group ? `${group}/${version}` : version,
    resources: types.sort((a, b) => a.plural.localeCompare(b.plural)).flatMap(resourceEntries),
  };
}

/** Discovery entries of one resource: the resource itself, then one per subresource. */
export function resourceEntries(t: ResourceType): Array<Record<string, unknown>> {
  const main: Record<string, unknown> = { name: t.plural, singularName: t.singular, namespaced: t.namespaced, kind: t.kind, verbs: t.verbs };
  if (t.shortNames.length > 0) main.shortNames = t.shortNames;
  if (t.categories.length > 0) main.categories = t.categories;
  const subs = t.subresources.filter((s) => s === 'status' || s === 'scale').map((s) => ({
    name: `${t.plural}/${s}`, singularName: '', namespaced: t.namespaced,
    kind: s === 'scale' ? 'Scale' : t.kind, ...(s === 'scale' ? { group: 'autoscaling', version: 'v1' } : {}),
    verbs: ['get', 'patch', 'update'],
  }));
  return [main, ...subs];
}

// Kubernetes lists its own groups in a fixed order before CRD groups; apps first keeps `kubectl api-resources` familiar.
const fixed = ['apiregistration.k8s.io', 'apps', 'events.k8s.io', 'authentication.k8s.io', 'authorization.k8s.io', 'autoscaling',
  'batch', 'certificates.k8s.io', 'networking.k8s.io', 'policy', 'rbac.authorization.k8s.io', 'storage.k8s.io',
  'admissionregistration.k8s.io', 'apiextensions.k8s.io', 'scheduling.k8s.io', 'coordination.k8s.io', 'node.k8s.io',
  'discovery.k8s.io', 'flowcontrol.apiserver.k8s.io', 'resource.k8s.io'];
function groupOrder(name: string): number {
  const i = fixed.indexOf(name);
  return i < 0 ? fixed.length : i;
}

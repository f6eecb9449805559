import type { ResourceRegistry } from '../registry/resource-registry.js';
import type { ResourceType } from '../registry/resource-type.js';

/** Whether the client asked for aggregated discovery (`as=APIGroupDiscoveryList`, apidiscovery.k8s.io/v2). */
export function wantsAggregated(accept: string | undefined): boolean {
  return /g=apidiscovery\.k8s\.io;\s*v=v2;\s*as=APIGroupDiscoveryList/.test(accept ?? '');
}

function resourceEntry(t: ResourceType): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    resource: t.plural, responseKind: { group: t.group, version: t.version, kind: t.kind },
    scope: t.namespaced ? 'Namespaced' : 'Cluster', singularResource: t.singular, verbs: t.verbs,
  };
  if (t.shortNames.length > 0) entry.shortNames = t.shortNames;
  if (t.categories.length > 0) entry.categories = t.categories;
  const subs = t.subresources.filter((s) => s === 'status' || s === 'scale');
  if (subs.length > 0) {
    entry.subresources = subs.map((s) => ({
      subresource: s,
      responseKind: s === 'scale' ? { group: 'autoscaling', version: 'v1', kind: 'Scale' } : { group: t.group, version: t.version, kind: t.kind },
      verbs: ['get', 'patch', 'update'],
    }));
  }
  return entry;
}

/**
 * The aggregated discovery document (apidiscovery.k8s.io/v2 `APIGroupDiscoveryList`) for `/api` (core only) or
 * `/apis` (every named group), so kubectl learns all resources in one request.
 */
export function aggregatedDiscovery(registry: ResourceRegistry, core: boolean): Record<string, unknown> {
  const groups = registry.groups().filter((g) => (core ? g.name === '' : g.name !== ''));
  return {
    kind: 'APIGroupDiscoveryList', apiVersion: 'apidiscovery.k8s.io/v2', metadata: {},
    items: groups.map((g) => ({
      metadata: { name: g.name, creationTimestamp: null },
      versions: g.versions.map((v) => ({
        version: v,
        resources: registry.inGroupVersion(g.name, v).sort((a, b) => a.plural.localeCompare(b.plural)).map(resourceEntry),
        freshness: 'Current',
      })),
    })),
  };
}

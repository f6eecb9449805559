import type { Gvk, ResId } from './res-id.js';
import type { Resource } from './resource.js';

/** kustomize's default legacy order: these kinds first, in this order. */
export const LEGACY_ORDER_FIRST = [
  'Namespace', 'ResourceQuota', 'StorageClass', 'CustomResourceDefinition', 'ServiceAccount', 'PodSecurityPolicy', 'Role',
  'ClusterRole', 'RoleBinding', 'ClusterRoleBinding', 'ConfigMap', 'Secret', 'Endpoints', 'Service', 'LimitRange',
  'PriorityClass', 'PersistentVolume', 'PersistentVolumeClaim', 'Deployment', 'StatefulSet', 'CronJob', 'PodDisruptionBudget',
];
/** kustomize's default legacy order: these kinds last. */
export const LEGACY_ORDER_LAST = ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'];

const gvkKey = (g: Gvk): string => [g.group || '~G', g.version || '~V', g.kind || '~K'].join('_');
const idKey = (id: ResId): string => [gvkKey(id), id.namespace || '~X', id.name || '~N'].join('|');
const less = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sorts resources in kustomize's legacy order: by kind rank (`orderFirst`, then unlisted kinds, then `orderLast`),
 * then by group/version/kind text, then namespace and name.
 */
export function legacySort(list: Resource[], orderFirst = LEGACY_ORDER_FIRST, orderLast = LEGACY_ORDER_LAST): Resource[] {
  const rank = new Map<string, number>();
  orderFirst.forEach((k, i) => rank.set(k, -orderFirst.length + i));
  orderLast.forEach((k, i) => rank.set(k, 1 + i));
  const keyed = list.map((r) => ({ r, id: r.id }));
  keyed.sort((x, y) => {
    const a = x.id;
    const b = y.id;
    if (a.group !== b.group || a.version !== b.version || a.kind !== b.kind) {
      const ra = rank.get(a.kind) ?? 0;
      const rb = rank.get(b.kind) ?? 0;
      if (ra !== rb) return ra - rb;
      if (a.kind === 'Namespace' && b.kind === 'Namespace' && (a.group === '' || b.group === '')) return -less(gvkKey(a), gvkKey(b));
      return less(gvkKey(a), gvkKey(b));
    }
    return less(idKey(a), idKey(b));
  });
  return keyed.map((k) => k.r);
}

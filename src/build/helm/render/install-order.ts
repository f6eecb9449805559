/** Helm 3.17's InstallOrder (releaseutil/kind_sorter.go): kinds earlier in the list are installed first. */
export const installOrder: readonly string[] = [
  'PriorityClass', 'Namespace', 'NetworkPolicy', 'ResourceQuota', 'LimitRange', 'PodSecurityPolicy',
  'PodDisruptionBudget', 'ServiceAccount', 'Secret', 'SecretList', 'ConfigMap', 'StorageClass', 'PersistentVolume',
  'PersistentVolumeClaim', 'CustomResourceDefinition', 'ClusterRole', 'ClusterRoleList', 'ClusterRoleBinding',
  'ClusterRoleBindingList', 'Role', 'RoleList', 'RoleBinding', 'RoleBindingList', 'Service', 'DaemonSet', 'Pod',
  'ReplicationController', 'ReplicaSet', 'Deployment', 'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'CronJob',
  'IngressClass', 'Ingress', 'APIService',
];

const rank = new Map(installOrder.map((k, i) => [k, i]));

/** Stable sort by install order of kind; unknown kinds go last, ordered by kind name (Helm's sortManifestsByKind). */
export function sortByKind<T extends { kind: string }>(items: T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => compareKinds(a.item.kind, b.item.kind) || a.i - b.i)
    .map(({ item }) => item);
}

function compareKinds(a: string, b: string): number {
  const ra = rank.get(a);
  const rb = rank.get(b);
  if (ra === undefined && rb === undefined) return a === b ? 0 : a < b ? -1 : 1;
  if (ra === undefined) return 1;
  if (rb === undefined) return -1;
  return ra - rb;
}

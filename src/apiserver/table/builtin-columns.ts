import type { KubeObject } from '../kube-object.js';
import { ageOf } from './human-duration.js';
import type { TableColumn } from './table-column.js';

type O = Record<string, unknown>;
const get = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((c, k) => (c && typeof c === 'object' ? (c as O)[k] : undefined), o);
const num = (o: unknown, path: string): number => (typeof get(o, path) === 'number' ? (get(o, path) as number) : 0);
const str = (o: unknown, path: string, dflt = '<none>'): string => {
  const v = get(o, path);
  return v === undefined || v === null || v === '' ? dflt : String(v);
};
const count = (o: unknown, path: string): number => {
  const v = get(o, path);
  return Array.isArray(v) ? v.length : v && typeof v === 'object' ? Object.keys(v).length : 0;
};
const condition = (o: KubeObject, type: string): string | undefined => {
  const conds = get(o, 'status.conditions');
  if (!Array.isArray(conds)) return undefined;
  return (conds as O[]).find((c) => c.type === type && c.status === 'True') ? type : undefined;
};

const c = (name: string, cell: TableColumn['cell'], type = 'string', priority = 0): TableColumn => ({ name, type, cell, priority });
const age = c('Age', (o, now) => ageOf(o.metadata.creationTimestamp, now));
const created = c('Created At', (o) => o.metadata.creationTimestamp ?? '', 'date');
const containers = (o: KubeObject, f: string): string => {
  const list = get(o, 'spec.template.spec.containers');
  return Array.isArray(list) ? (list as O[]).map((x) => String(x[f] ?? '')).join(',') : '<none>';
};
const ports = (o: KubeObject): string => {
  const list = get(o, 'spec.ports');
  if (!Array.isArray(list) || list.length === 0) return '<none>';
  return (list as O[]).map((p) => `${String(p.port)}${p.nodePort ? ':' + String(p.nodePort) : ''}/${String(p.protocol ?? 'TCP')}`).join(',');
};

/** The columns `kubectl get` shows for built-in kinds, keyed `group/Kind` (Name is always first). */
export const builtinColumns: Record<string, TableColumn[]> = {
  '/Pod': [
    c('Ready', (o) => `${count(o, 'status.containerStatuses') ? (get(o, 'status.containerStatuses') as O[]).filter((s) => s.ready).length : 0}/${count(o, 'spec.containers')}`),
    c('Status', (o) => str(o, 'status.phase', 'Pending')), c('Restarts', () => 0, 'string'), age,
  ],
  'apps/Deployment': [
    c('Ready', (o) => `${num(o, 'status.readyReplicas')}/${num(o, 'spec.replicas')}`),
    c('Up-to-date', (o) => num(o, 'status.updatedReplicas'), 'integer'),
    c('Available', (o) => num(o, 'status.availableReplicas'), 'integer'), age,
    c('Containers', (o) => containers(o, 'name'), 'string', 1), c('Images', (o) => containers(o, 'image'), 'string', 1),
    c('Selector', (o) => {
      const m = get(o, 'spec.selector.matchLabels');
      return m && typeof m === 'object' ? Object.entries(m).map(([k, v]) => `${k}=${String(v)}`).join(',') : '<none>';
    }, 'string', 1),
  ],
  'apps/ReplicaSet': [
    c('Desired', (o) => num(o, 'spec.replicas'), 'integer'), c('Current', (o) => num(o, 'status.replicas'), 'integer'),
    c('Ready', (o) => num(o, 'status.readyReplicas'), 'integer'), age,
  ],
  'apps/StatefulSet': [c('Ready', (o) => `${num(o, 'status.readyReplicas')}/${num(o, 'spec.replicas')}`), age],
  'apps/DaemonSet': [
    c('Desired', (o) => num(o, 'status.desiredNumberScheduled'), 'integer'),
    c('Current', (o) => num(o, 'status.currentNumberScheduled'), 'integer'),
    c('Ready', (o) => num(o, 'status.numberReady'), 'integer'),
    c('Up-to-date', (o) => num(o, 'status.updatedNumberScheduled'), 'integer'),
    c('Available', (o) => num(o, 'status.numberAvailable'), 'integer'),
    c('Node Selector', (o) => {
      const sel = get(o, 'spec.template.spec.nodeSelector');
      return sel && typeof sel === 'object' ? Object.entries(sel).map(([k, v]) => `${k}=${String(v)}`).join(',') : '<none>';
    }), age,
  ],
  'batch/Job': [
    c('Status', (o) => condition(o, 'Complete') ?? condition(o, 'Failed') ?? 'Running'),
    c('Completions', (o) => `${num(o, 'status.succeeded')}/${num(o, 'spec.completions') || 1}`),
    c('Duration', (o, now) => {
      const start = get(o, 'status.startTime');
      const end = get(o, 'status.completionTime');
      if (typeof start !== 'string') return '';
      return ageOf(start, typeof end === 'string' ? new Date(end) : now);
    }), age,
  ],
  'batch/CronJob': [
    c('Schedule', (o) => str(o, 'spec.schedule')), c('Timezone', (o) => str(o, 'spec.timeZone')),
    c('Suspend', (o) => String(get(o, 'spec.suspend') === true ? 'True' : 'False')),
    c('Active', (o) => count(o, 'status.active'), 'integer'),
    c('Last Schedule', (o, now) => (get(o, 'status.lastScheduleTime') ? ageOf(get(o, 'status.lastScheduleTime'), now) : '<none>')), age,
  ],
  '/Service': [
    c('Type', (o) => str(o, 'spec.type', 'ClusterIP')), c('Cluster-IP', (o) => str(o, 'spec.clusterIP')),
    c('External-IP', (o) => (count(o, 'spec.externalIPs') ? (get(o, 'spec.externalIPs') as string[]).join(',') : '<none>')),
    c('Port(s)', ports), age,
  ],
  '/ConfigMap': [c('Data', (o) => count(o, 'data') + count(o, 'binaryData'), 'integer'), age],
  '/Secret': [c('Type', (o) => str(o, 'type', 'Opaque')), c('Data', (o) => count(o, 'data'), 'integer'), age],
  '/Namespace': [c('Status', (o) => str(o, 'status.phase', 'Active')), age],
  '/ServiceAccount': [c('Secrets', (o) => count(o, 'secrets'), 'integer'), age],
  '/Endpoints': [c('Endpoints', (o) => {
    const subsets = get(o, 'subsets');
    if (!Array.isArray(subsets)) return '<none>';
    const eps = (subsets as O[]).flatMap((s) => ((s.addresses as O[] | undefined) ?? []).map((a) => String(a.ip)));
    return eps.length ? eps.join(',') : '<none>';
  }), age],
  '/PersistentVolumeClaim': [
    c('Status', (o) => str(o, 'status.phase', 'Pending')), c('Volume', (o) => str(o, 'spec.volumeName', '')),
    c('Capacity', (o) => str(o, 'status.capacity.storage', '')),
    c('Access Modes', (o) => ((get(o, 'spec.accessModes') as string[] | undefined) ?? []).map((m) => ({ ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX', ReadWriteOncePod: 'RWOP' })[m] ?? m).join(',')),
    c('StorageClass', (o) => str(o, 'spec.storageClassName')), age,
  ],
  '/Event': [
    c('Last Seen', (o, now) => ageOf(get(o, 'lastTimestamp') ?? get(o, 'eventTime') ?? o.metadata.creationTimestamp, now)),
    c('Type', (o) => str(o, 'type', '')), c('Reason', (o) => str(o, 'reason', '')),
    c('Object', (o) => `${String(get(o, 'involvedObject.kind') ?? '').toLowerCase()}/${String(get(o, 'involvedObject.name') ?? '')}`),
    c('Message', (o) => str(o, 'message', '')),
  ],
  'networking.k8s.io/Ingress': [
    c('Class', (o) => str(o, 'spec.ingressClassName')),
    c('Hosts', (o) => ((get(o, 'spec.rules') as O[] | undefined) ?? []).map((r) => String(r.host ?? '*')).join(',') || '*'),
    c('Address', (o) => str(o, 'status.loadBalancer.ingress.0.ip', '')), c('Ports', (o) => (count(o, 'spec.tls') ? '80, 443' : '80')), age,
  ],
  'networking.k8s.io/NetworkPolicy': [c('Pod-Selector', (o) => {
    const m = get(o, 'spec.podSelector.matchLabels');
    return m && typeof m === 'object' ? Object.entries(m).map(([k, v]) => `${k}=${String(v)}`).join(',') : '<none>';
  }), age],
  'rbac.authorization.k8s.io/Role': [created],
  'rbac.authorization.k8s.io/ClusterRole': [created],
  'rbac.authorization.k8s.io/RoleBinding': [c('Role', (o) => `${str(o, 'roleRef.kind', '')}/${str(o, 'roleRef.name', '')}`), age],
  'rbac.authorization.k8s.io/ClusterRoleBinding': [c('Role', (o) => `${str(o, 'roleRef.kind', '')}/${str(o, 'roleRef.name', '')}`), age],
  'coordination.k8s.io/Lease': [c('Holder', (o) => str(o, 'spec.holderIdentity', '')), age],
  'apiextensions.k8s.io/CustomResourceDefinition': [created],
  'storage.k8s.io/StorageClass': [
    c('Provisioner', (o) => str(o, 'provisioner', '')), c('ReclaimPolicy', (o) => str(o, 'reclaimPolicy', 'Delete')),
    c('VolumeBindingMode', (o) => str(o, 'volumeBindingMode', 'Immediate')),
    c('AllowVolumeExpansion', (o) => String(get(o, 'allowVolumeExpansion') === true)), age,
  ],
  'scheduling.k8s.io/PriorityClass': [
    c('Value', (o) => num(o, 'value'), 'integer'), c('Global-Default', (o) => String(get(o, 'globalDefault') === true)), age,
  ],
  'policy/PodDisruptionBudget': [
    c('Min Available', (o) => str(o, 'spec.minAvailable', 'N/A')), c('Max Unavailable', (o) => str(o, 'spec.maxUnavailable', 'N/A')),
    c('Allowed Disruptions', (o) => num(o, 'status.disruptionsAllowed'), 'integer'), age,
  ],
  'autoscaling/HorizontalPodAutoscaler': [
    c('Reference', (o) => `${str(o, 'spec.scaleTargetRef.kind', '')}/${str(o, 'spec.scaleTargetRef.name', '')}`),
    c('MinPods', (o) => num(o, 'spec.minReplicas') || 1, 'integer'), c('MaxPods', (o) => num(o, 'spec.maxReplicas'), 'integer'),
    c('Replicas', (o) => num(o, 'status.currentReplicas'), 'integer'), age,
  ],
};

/** The default columns after Name for kinds without their own: Age. */
export const defaultColumns: TableColumn[] = [age];

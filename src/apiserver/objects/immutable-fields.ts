import type { StatusCause } from '../api-error.js';
import { isPlainObject, type KubeObject } from '../kube-object.js';
import { jsonEqual } from './json-equal.js';

type O = Record<string, unknown>;
const spec = (o: KubeObject): O => (isPlainObject(o.spec) ? o.spec : {});
const immutable = (field: string, value: unknown): StatusCause =>
  ({ reason: 'FieldValueInvalid', field, message: `Invalid value: ${JSON.stringify(value)}: field is immutable` });
const forbidden = (field: string, why: string): StatusCause => ({ reason: 'FieldValueForbidden', field, message: `Forbidden: ${why}` });

const statefulSetMutable = ['replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds'];

/**
 * The update rules Kubernetes enforces on built-in kinds that tools rely on (Flux recreates objects on these errors
 * when `force` is set): workload selectors, Job templates, StatefulSet spec, Service cluster IPs, immutable
 * ConfigMaps and Secrets, binding roleRefs and PersistentVolumeClaim specs. Empty when the update is allowed.
 */
export function immutableFieldCauses(group: string, kind: string, old: KubeObject, next: KubeObject): StatusCause[] {
  const a = spec(old);
  const b = spec(next);
  switch (`${group}/${kind}`) {
    case 'apps/Deployment':
    case 'apps/ReplicaSet':
    case 'apps/DaemonSet':
      return jsonEqual(a.selector, b.selector) ? [] : [immutable('spec.selector', b.selector)];
    case 'apps/StatefulSet': {
      const strip = (s: O): O => Object.fromEntries(Object.entries(s).filter(([k]) => !statefulSetMutable.includes(k)));
      return jsonEqual(strip(a), strip(b)) ? [] : [forbidden('spec',
        "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden")];
    }
    case 'batch/Job': {
      const out: StatusCause[] = [];
      if (a.selector !== undefined && !jsonEqual(a.selector, b.selector)) out.push(immutable('spec.selector', b.selector));
      if (!jsonEqual(a.template, b.template)) out.push(immutable('spec.template', b.template));
      if (!jsonEqual(a.completions, b.completions)) out.push(immutable('spec.completions', b.completions));
      return out;
    }
    case '/Service':
      return a.clusterIP && b.clusterIP !== undefined && a.clusterIP !== b.clusterIP ? [immutable('spec.clusterIP', b.clusterIP)] : [];
    case '/ConfigMap':
    case '/Secret': {
      if (old.immutable !== true) return [];
      const out: StatusCause[] = [];
      if (next.immutable !== true) out.push(forbidden('immutable', 'field is immutable when `immutable` is set'));
      if (!jsonEqual(old.data, next.data)) out.push(forbidden('data', 'field is immutable when `immutable` is set'));
      if (!jsonEqual(old.binaryData, next.binaryData) && kind === 'ConfigMap') out.push(forbidden('binaryData', 'field is immutable when `immutable` is set'));
      return out;
    }
    case 'rbac.authorization.k8s.io/RoleBinding':
    case 'rbac.authorization.k8s.io/ClusterRoleBinding':
      return jsonEqual(old.roleRef, next.roleRef) ? [] : [{ reason: 'FieldValueInvalid', field: 'roleRef', message: `Invalid value: ${JSON.stringify(next.roleRef)}: cannot change roleRef` }];
    case '/PersistentVolumeClaim': {
      const strip = (s: O): O => {
        const { resources: _r, volumeAttributesClassName: _v, volumeName: _n, ...rest } = s;
        return rest;
      };
      return jsonEqual(strip(a), strip(b)) ? [] : [forbidden('spec', 'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims')];
    }
    default:
      return [];
  }
}

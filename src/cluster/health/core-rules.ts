import { current, failed, inProgress, type HealthResult, type LiveObject } from './health-status.js';
import { field, findCondition } from './object-fields.js';

/** kstatus' rules for v1 Pod. */
export function podHealth(obj: LiveObject): HealthResult {
  const phase = field(obj, 'status', 'phase');
  if (phase === 'Succeeded') return current('Pod has completed successfully');
  if (phase === 'Failed') return failed('Pod has completed, but not successfully');
  if (phase === 'Running' && findCondition(obj, 'Ready')?.status === 'True') return current('Pod is Ready');
  return inProgress(phase === 'Running' ? 'Pod is running but is not Ready' : 'Pod phase not available');
}

/** kstatus' rules for v1 PersistentVolumeClaim. */
export function pvcHealth(obj: LiveObject): HealthResult {
  return field(obj, 'status', 'phase') === 'Bound' ? current('PVC is Bound') : inProgress('PVC is not Bound');
}

/** kstatus' rules for v1 Service: a LoadBalancer waits for its ingress address. */
export function serviceHealth(obj: LiveObject): HealthResult {
  if (field(obj, 'spec', 'type') !== 'LoadBalancer') return current('Service is ready');
  const ingress = field(obj, 'status', 'loadBalancer', 'ingress');
  return Array.isArray(ingress) && ingress.length > 0 ? current('Service is ready') : inProgress('Pending external IP');
}

/** kstatus' rules for policy/v1 PodDisruptionBudget. */
export function pdbHealth(obj: LiveObject): HealthResult {
  const c = findCondition(obj, 'SufficientPods');
  if (c && c.status !== 'True') return inProgress(c.message ?? 'Insufficient pods');
  return current('AllowedDisruptions has been computed.');
}

/** kstatus' rules for apiextensions.k8s.io/v1 CustomResourceDefinition. */
export function crdHealth(obj: LiveObject): HealthResult {
  if (findCondition(obj, 'NamesAccepted')?.status === 'False') return failed('CRD names have not been accepted');
  if (findCondition(obj, 'Established')?.status === 'True') return current('CRD is established');
  return inProgress('Install in progress');
}

import { crdHealth, pdbHealth, podHealth, pvcHealth, serviceHealth } from './core-rules.js';
import { current, failed, inProgress, type HealthResult, type LiveObject } from './health-status.js';
import { field, findCondition } from './object-fields.js';
import { daemonSetHealth, deploymentHealth, jobHealth, replicaSetHealth, statefulSetHealth } from './workload-rules.js';

type Rule = (obj: LiveObject) => HealthResult;

// Built-in kinds kstatus knows, by "group/Kind" (core group is empty).
const builtinRules: Record<string, Rule> = {
  'apps/Deployment': deploymentHealth,
  'apps/StatefulSet': statefulSetHealth,
  'apps/DaemonSet': daemonSetHealth,
  'apps/ReplicaSet': replicaSetHealth,
  'batch/Job': jobHealth,
  '/Pod': podHealth,
  '/PersistentVolumeClaim': pvcHealth,
  '/Service': serviceHealth,
  'policy/PodDisruptionBudget': pdbHealth,
  'apiextensions.k8s.io/CustomResourceDefinition': crdHealth,
};

/**
 * Computes an object's health with kstatus' rules: deletion, observedGeneration, the Reconciling/Stalled
 * conditions, then the kind's own rule for built-in workloads, and the `Ready` condition for custom resources.
 */
export function assessHealth(obj: LiveObject): HealthResult {
  const kind = String(obj.kind ?? '');
  if (field(obj, 'metadata', 'deletionTimestamp') !== undefined) return { status: 'Terminating', message: 'Resource scheduled for deletion' };
  const generation = field(obj, 'metadata', 'generation');
  const observed = field(obj, 'status', 'observedGeneration');
  if (typeof generation === 'number' && typeof observed === 'number' && observed < generation) {
    return inProgress(`${kind} generation is ${generation}, but latest observed generation is ${observed}`);
  }
  const reconciling = findCondition(obj, 'Reconciling');
  if (reconciling?.status === 'True') return inProgress(reconciling.message || reconciling.reason || 'Reconciling');
  const stalled = findCondition(obj, 'Stalled');
  if (stalled?.status === 'True') return failed(stalled.message || stalled.reason || 'Stalled');

  const apiVersion = String(obj.apiVersion ?? '');
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  const rule = builtinRules[`${group}/${kind}`];
  if (rule) return rule(obj);

  const ready = findCondition(obj, 'Ready');
  if (ready?.status === 'False') return inProgress(ready.message || ready.reason || 'Ready condition is False');
  if (ready && ready.status !== 'True') return inProgress(ready.message || 'Ready condition is Unknown');
  return current(ready ? ready.message || 'Resource is Ready' : 'Resource is current');
}

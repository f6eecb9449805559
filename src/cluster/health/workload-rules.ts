import { current, failed, inProgress, type HealthResult, type LiveObject } from './health-status.js';
import { field, findCondition, intField } from './object-fields.js';

/** kstatus' rules for apps/v1 Deployment. */
export function deploymentHealth(obj: LiveObject): HealthResult {
  const progressing = findCondition(obj, 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') return failed('Progress deadline exceeded');
  const spec = intField(obj, ['spec', 'replicas'], 1);
  const status = intField(obj, ['status', 'replicas'], 0);
  const updated = intField(obj, ['status', 'updatedReplicas'], 0);
  const ready = intField(obj, ['status', 'readyReplicas'], 0);
  const available = intField(obj, ['status', 'availableReplicas'], 0);
  if (spec > status) return inProgress(`Replicas: ${status}/${spec}`);
  if (spec > updated) return inProgress(`Updated: ${updated}/${spec}`);
  if (status > spec) return inProgress(`Pending termination: ${status - spec}`);
  if (updated > available) return inProgress(`Available: ${available}/${updated}`);
  if (spec > ready) return inProgress(`Ready: ${ready}/${spec}`);
  const newRsAvailable = progressing?.status === 'True' && progressing.reason === 'NewReplicaSetAvailable';
  if (!newRsAvailable) return inProgress('ReplicaSet not Available');
  if (findCondition(obj, 'Available')?.status !== 'True') return inProgress('Deployment not Available');
  return current(`Deployment is available. Replicas: ${status}`);
}

/** kstatus' rules for apps/v1 StatefulSet. */
export function statefulSetHealth(obj: LiveObject): HealthResult {
  if (field(obj, 'spec', 'updateStrategy', 'type') === 'OnDelete') return current('StatefulSet is using the OnDelete update strategy');
  const spec = intField(obj, ['spec', 'replicas'], 1);
  const ready = intField(obj, ['status', 'readyReplicas'], 0);
  const currentReplicas = intField(obj, ['status', 'currentReplicas'], 0);
  const updated = intField(obj, ['status', 'updatedReplicas'], 0);
  const status = intField(obj, ['status', 'replicas'], 0);
  const partition = intField(obj, ['spec', 'updateStrategy', 'rollingUpdate', 'partition'], -1);
  if (spec > status) return inProgress(`Replicas: ${status}/${spec}`);
  if (spec > ready) return inProgress(`Ready: ${ready}/${spec}`);
  if (partition !== -1) {
    if (updated < spec - partition) return inProgress(`updated: ${updated}/${spec - partition}`);
    return current(`Partition rollout complete. updated: ${updated}`);
  }
  if (spec > currentReplicas) return inProgress(`current: ${currentReplicas}/${spec}`);
  const currentRevision = field(obj, 'status', 'currentRevision');
  const updateRevision = field(obj, 'status', 'updateRevision');
  if (currentRevision !== updateRevision) return inProgress('waiting for statefulset rolling update to complete');
  return current(`All replicas scheduled as expected. Replicas: ${status}`);
}

/** kstatus' rules for apps/v1 DaemonSet. */
export function daemonSetHealth(obj: LiveObject): HealthResult {
  const desired = intField(obj, ['status', 'desiredNumberScheduled'], -1);
  const scheduled = intField(obj, ['status', 'currentNumberScheduled'], 0);
  const updated = intField(obj, ['status', 'updatedNumberScheduled'], 0);
  const available = intField(obj, ['status', 'numberAvailable'], 0);
  const ready = intField(obj, ['status', 'numberReady'], 0);
  if (desired === -1) return inProgress('Missing .status.desiredNumberScheduled');
  if (desired > scheduled) return inProgress(`Current: ${scheduled}/${desired}`);
  if (desired > updated) return inProgress(`Updated: ${updated}/${desired}`);
  if (desired > available) return inProgress(`Available: ${available}/${desired}`);
  if (desired > ready) return inProgress(`Ready: ${ready}/${desired}`);
  return current(`All replicas scheduled as expected. Replicas: ${desired}`);
}

/** kstatus' rules for apps/v1 ReplicaSet. */
export function replicaSetHealth(obj: LiveObject): HealthResult {
  if (findCondition(obj, 'ReplicaFailure')?.status === 'True') return inProgress('Replica Failure condition. Check Pods');
  const spec = intField(obj, ['spec', 'replicas'], 1);
  const status = intField(obj, ['status', 'replicas'], 0);
  const labelled = intField(obj, ['status', 'fullyLabeledReplicas'], 0);
  const available = intField(obj, ['status', 'availableReplicas'], 0);
  const ready = intField(obj, ['status', 'readyReplicas'], 0);
  if (spec > labelled) return inProgress(`Labelled: ${labelled}/${spec}`);
  if (spec > available) return inProgress(`Available: ${available}/${spec}`);
  if (spec > ready) return inProgress(`Ready: ${ready}/${spec}`);
  if (status > spec) return inProgress(`Pending termination: ${status - spec}`);
  return current(`ReplicaSet is available. Replicas: ${spec}`);
}

/** kstatus' rules for batch/v1 Job. */
export function jobHealth(obj: LiveObject): HealthResult {
  const failedCond = findCondition(obj, 'Failed');
  if (failedCond?.status === 'True') return failed(`Job Failed. failed: ${intField(obj, ['status', 'failed'], 0)}/${intField(obj, ['spec', 'backoffLimit'], 6)}`);
  if (findCondition(obj, 'Complete')?.status === 'True') return current('Job Completed. succeeded: ' + `${intField(obj, ['status', 'succeeded'], 0)}/${intField(obj, ['spec', 'completions'], 1)}`);
  if (field(obj, 'status', 'startTime') === undefined) return inProgress('Job not started');
  return inProgress(`Job in progress. success:${intField(obj, ['status', 'succeeded'], 0)}, active: ${intField(obj, ['status', 'active'], 0)}, failed: ${intField(obj, ['status', 'failed'], 0)}`);
}

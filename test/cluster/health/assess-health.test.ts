import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assessHealth } from '../../../src/cluster/health/index.js';

const deployment = (status: Record<string, unknown>, generation = 1, replicas = 3) => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'apps', generation },
  spec: { replicas }, status,
});
const rolledOut = {
  observedGeneration: 1, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3,
  conditions: [
    { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' },
    { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' },
  ],
};

test('a rolled-out Deployment is Current', () => {
  assert.deepEqual(assessHealth(deployment(rolledOut)), { status: 'Current', message: 'Deployment is available. Replicas: 3' });
});

test('a Deployment the controller has not observed yet is InProgress', () => {
  const r = assessHealth(deployment(rolledOut, 2));
  assert.equal(r.status, 'InProgress');
  assert.equal(r.message, 'Deployment generation is 2, but latest observed generation is 1');
});

test('a Deployment with replicas not ready says how many are ready', () => {
  const r = assessHealth(deployment({ ...rolledOut, readyReplicas: 1, availableReplicas: 3 }));
  assert.deepEqual(r, { status: 'InProgress', message: 'Ready: 1/3' });
});

test('a Deployment past its progress deadline has Failed', () => {
  const r = assessHealth(deployment({ ...rolledOut, conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }] }));
  assert.equal(r.status, 'Failed');
});

test('a Deployment scaled to zero is Current', () => {
  const r = assessHealth(deployment({ observedGeneration: 1, conditions: rolledOut.conditions }, 1, 0));
  assert.equal(r.status, 'Current');
});

test('an object being deleted is Terminating', () => {
  const d = deployment(rolledOut);
  (d.metadata as Record<string, unknown>).deletionTimestamp = '2026-01-01T00:00:00Z';
  assert.equal(assessHealth(d).status, 'Terminating');
});

test('Jobs: complete is Current, failed is Failed, running is InProgress', () => {
  const job = (conditions: unknown[], extra: Record<string, unknown> = {}) => ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j' }, spec: {}, status: { conditions, ...extra } });
  assert.equal(assessHealth(job([{ type: 'Complete', status: 'True' }], { succeeded: 1 })).status, 'Current');
  assert.equal(assessHealth(job([{ type: 'Failed', status: 'True' }])).status, 'Failed');
  assert.equal(assessHealth(job([], { startTime: '2026-01-01T00:00:00Z', active: 1 })).status, 'InProgress');
});

test('StatefulSet waits for its rolling update to finish', () => {
  const sts = (status: Record<string, unknown>) => ({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db' }, spec: { replicas: 2 }, status });
  const base = { replicas: 2, readyReplicas: 2, currentReplicas: 2, updatedReplicas: 2 };
  assert.equal(assessHealth(sts({ ...base, currentRevision: 'a', updateRevision: 'b' })).status, 'InProgress');
  assert.equal(assessHealth(sts({ ...base, currentRevision: 'b', updateRevision: 'b' })).status, 'Current');
});

test('DaemonSet counts scheduled, updated, available and ready pods', () => {
  const ds = (status: Record<string, unknown>) => ({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent' }, spec: {}, status });
  assert.deepEqual(assessHealth(ds({ desiredNumberScheduled: 3, currentNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 2, numberReady: 3 })), { status: 'InProgress', message: 'Available: 2/3' });
  assert.equal(assessHealth(ds({ desiredNumberScheduled: 3, currentNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 3, numberReady: 3 })).status, 'Current');
});

test('a CRD is Current once Established', () => {
  const crd = (conditions: unknown[]) => ({ apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'x' }, status: { conditions } });
  assert.equal(assessHealth(crd([{ type: 'Established', status: 'True' }])).status, 'Current');
  assert.equal(assessHealth(crd([{ type: 'Established', status: 'False' }])).status, 'InProgress');
});

test('custom resources follow their Ready condition and Stalled means Failed', () => {
  const cr = (conditions: unknown[]) => ({ apiVersion: 'cloud.ogenki.io/v1alpha1', kind: 'EKSPodIdentity', metadata: { name: 'x', generation: 1 }, status: { observedGeneration: 1, conditions } });
  assert.equal(assessHealth(cr([{ type: 'Ready', status: 'True' }])).status, 'Current');
  assert.deepEqual(assessHealth(cr([{ type: 'Ready', status: 'False', message: 'waiting for IAM role' }])), { status: 'InProgress', message: 'waiting for IAM role' });
  assert.equal(assessHealth(cr([{ type: 'Stalled', status: 'True', message: 'bad spec' }])).status, 'Failed');
  assert.equal(assessHealth(cr([])).status, 'Current');
});

test('a LoadBalancer Service waits for its address; a ClusterIP one is ready', () => {
  const svc = (type: string, status: Record<string, unknown> = {}) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { type }, status });
  assert.equal(assessHealth(svc('ClusterIP')).status, 'Current');
  assert.equal(assessHealth(svc('LoadBalancer')).status, 'InProgress');
  assert.equal(assessHealth(svc('LoadBalancer', { loadBalancer: { ingress: [{ ip: '10.0.0.1' }] } })).status, 'Current');
});

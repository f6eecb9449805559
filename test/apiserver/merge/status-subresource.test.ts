import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Schema } from '../../../src/api/kubernetes/index.js';
import { applyPatch, recordUpdate, type KubeObject } from '../../../src/apiserver/merge/index.js';
import { fieldsOf, managedFields, nginxDeployment, ssa, stored } from './ssa-fixtures.js';

type Obj = Record<string, unknown>;
const schema = Schema.forBuiltin('apps/v1', 'Deployment');
const withStatus = (d: KubeObject, status: Obj): KubeObject => ({ ...d, status });

test('apply to /status changes and owns only .status, recorded with subresource status', () => {
  const live = stored(ssa(undefined, nginxDeployment(3), 'kubectl', { statusSubresource: true }));
  const cfg = withStatus(nginxDeployment(99, 'evil:1'), { replicas: 3, readyReplicas: 2 });
  const out = ssa(live, cfg, 'kubelet-sim', { subresource: 'status' });
  assert.deepEqual(out.status, { replicas: 3, readyReplicas: 2 });
  assert.equal((out.spec as Obj).replicas, 3, 'spec untouched by a status write');
  const entry = managedFields(out).find((e) => e.manager === 'kubelet-sim');
  assert.equal(entry?.subresource, 'status');
  assert.deepEqual(entry?.fieldsV1, { 'f:status': { 'f:readyReplicas': {}, 'f:replicas': {} } });
});

test('apply to the main resource of a kind with a status subresource neither changes nor owns .status', () => {
  const live = stored(ssa(undefined, nginxDeployment(3), 'kubectl', { statusSubresource: true }));
  const st = stored(ssa(live, withStatus(nginxDeployment(3), { replicas: 3 }), 'kubelet-sim', { subresource: 'status' }));
  const out = ssa(st, withStatus(nginxDeployment(4), { replicas: 100 }), 'kubectl', { statusSubresource: true });
  assert.deepEqual(out.status, { replicas: 3 });
  assert.equal((out.spec as Obj).replicas, 4);
  assert.equal((fieldsOf(out, 'kubectl') as Obj)['f:status'], undefined);
});

test('a merge patch to /status is an Update entry with subresource status', () => {
  const live = stored(ssa(undefined, nginxDeployment(3), 'kubectl'));
  const out = applyPatch({
    current: live, body: JSON.stringify({ spec: { replicas: 9 }, status: { observedGeneration: 1 } }),
    contentType: 'application/merge-patch+json', schema, fieldManager: 'controller', force: false,
    subresource: 'status', now: '2026-01-03T00:00:00Z',
  });
  assert.equal((out.spec as Obj).replicas, 3);
  assert.deepEqual(out.status, { observedGeneration: 1 });
  const entry = managedFields(out).find((e) => e.manager === 'controller');
  assert.deepEqual(entry, {
    manager: 'controller', operation: 'Update', apiVersion: 'apps/v1', time: '2026-01-03T00:00:00Z',
    fieldsType: 'FieldsV1', fieldsV1: { 'f:status': { '.': {}, 'f:observedGeneration': {} } }, subresource: 'status',
  });
});

test('recordUpdate on /status ignores managedFields sent in the body and owns only status fields', () => {
  const live = stored(ssa(undefined, nginxDeployment(3), 'kubectl'));
  const next = { ...withStatus(live, { replicas: 1 }), metadata: { ...(live.metadata as Obj), managedFields: [{}] } };
  const out = recordUpdate(live, next, 'kcm', '2026-01-03T00:00:00Z', schema, 'status');
  assert.deepEqual(managedFields(out).map((e) => [e.manager, e.subresource]), [['kubectl', undefined], ['kcm', 'status']]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Schema } from '../../../src/api/kubernetes/index.js';
import { applyPatch, isMergeError, toScale, type KubeObject } from '../../../src/apiserver/merge/index.js';
import { managedFields, nginxDeployment, ssa, stored } from './ssa-fixtures.js';

type Obj = Record<string, unknown>;
const schema = Schema.forBuiltin('apps/v1', 'Deployment');

function scale(current: KubeObject, body: unknown, apply: boolean, manager: string, force = false): KubeObject {
  return applyPatch({
    current, body: JSON.stringify(body), schema, fieldManager: manager, force, now: '2026-01-04T00:00:00Z',
    contentType: apply ? 'application/apply-patch+yaml' : 'application/merge-patch+json', subresource: 'scale',
  });
}

test('the Scale view of a Deployment carries its replicas and selector', () => {
  const d = { ...stored(ssa(undefined, nginxDeployment(3), 'kubectl')), status: { replicas: 2 } };
  const s = toScale(d);
  assert.deepEqual(s.spec, { replicas: 3 });
  assert.deepEqual(s.status, { replicas: 2, selector: 'app=nginx' });
  assert.equal((s.metadata as Obj).name, 'nginx-deployment');
});

test('a merge patch to /scale sets the parent\'s replicas, owned by the manager with subresource scale', () => {
  const d = stored(ssa(undefined, nginxDeployment(3), 'kubectl'));
  const out = scale(d, { spec: { replicas: 7 } }, false, 'kubectl-scale');
  assert.equal((out.spec as Obj).replicas, 7);
  const entry = managedFields(out).find((e) => e.manager === 'kubectl-scale');
  assert.deepEqual(entry?.fieldsV1, { 'f:spec': { 'f:replicas': {} } });
  assert.equal(entry?.subresource, 'scale');
  assert.deepEqual(entry?.apiVersion, 'apps/v1');
});

test('apply to /scale conflicts with the applier owning replicas, and force takes it over', () => {
  const d = stored(ssa(undefined, nginxDeployment(3), 'kubectl'));
  const body = { apiVersion: 'autoscaling/v1', kind: 'Scale', metadata: { name: 'nginx-deployment' }, spec: { replicas: 5 } };
  try {
    scale(d, body, true, 'hpa');
    assert.fail('expected a conflict');
  } catch (e) {
    assert.ok(isMergeError(e));
    assert.equal(e.message, 'Apply failed with 1 conflict: conflict with "kubectl": .spec.replicas');
  }
  const out = scale(d, body, true, 'hpa', true);
  assert.equal((out.spec as Obj).replicas, 5);
  const hpa = managedFields(out).find((e) => e.manager === 'hpa');
  assert.deepEqual([hpa?.operation, hpa?.subresource, hpa?.fieldsV1], ['Apply', 'scale', { 'f:spec': { 'f:replicas': {} } }]);
  assert.deepEqual((out.spec as Obj).template, (d.spec as Obj).template, 'nothing but replicas changes');
});

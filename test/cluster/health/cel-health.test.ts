import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CelHealthCheck, HealthExpressionError } from '../../../src/cluster/health/index.js';

const check = await CelHealthCheck.compile({
  apiVersion: 'cloud.ogenki.io/v1alpha1',
  kind: 'EKSPodIdentity',
  current: "status.conditions.filter(e, e.type == 'Ready').all(e, e.status == 'True') && metadata.generation == status.observedGeneration",
  inProgress: "status.conditions.exists(e, e.type == 'Reconciling' && e.status == 'True')",
  failed: "status.conditions.exists(e, e.type == 'Ready' && e.status == 'False' && e.reason == 'Failed')",
});
const obj = (conditions: unknown[], observedGeneration = 1) => ({
  apiVersion: 'cloud.ogenki.io/v1alpha1', kind: 'EKSPodIdentity', metadata: { name: 'x', generation: 1 }, status: { observedGeneration, conditions },
});

test('the current expression makes a custom resource healthy', () => {
  assert.equal(check.assess(obj([{ type: 'Ready', status: 'True' }])).status, 'Current');
});

test('inProgress is checked before failed and current', () => {
  assert.equal(check.assess(obj([{ type: 'Reconciling', status: 'True' }, { type: 'Ready', status: 'True' }])).status, 'InProgress');
});

test('the failed expression fails the health check', () => {
  assert.equal(check.assess(obj([{ type: 'Ready', status: 'False', reason: 'Failed' }])).status, 'Failed');
});

test('integers compare as CEL ints, so a stale observedGeneration is not current', () => {
  assert.equal(check.assess(obj([{ type: 'Ready', status: 'True' }], 0)).status, 'InProgress');
});

test('a field missing from the object leaves it waiting with the evaluation error', () => {
  const r = check.assess({ apiVersion: 'cloud.ogenki.io/v1alpha1', kind: 'EKSPodIdentity', metadata: { name: 'x' } });
  assert.equal(r.status, 'InProgress');
  assert.match(r.message, /could not be evaluated/);
});

test('an expression that does not parse is refused naming the kind', async () => {
  await assert.rejects(CelHealthCheck.compile({ apiVersion: 'v1', kind: 'Thing', current: 'status.(( ' }), (e: unknown) =>
    e instanceof HealthExpressionError && /v1\/Thing current/.test(e.message));
});

test('matches only its own apiVersion and kind', () => {
  assert.equal(check.matches(obj([])), true);
  assert.equal(check.matches({ apiVersion: 'v1', kind: 'ConfigMap' }), false);
});

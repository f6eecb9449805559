import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConditionTable, Conditioned } from '../../../src/runtime/conditions/index.js';
import { beginReconcile, getCondition, markFalse, markTrue, setCondition, summarize } from '../../../src/runtime/conditions/index.js';

const table: ConditionTable = {
  owned: ['ArtifactInStorage', 'FetchFailed'],
  summarize: ['FetchFailed', 'ArtifactInStorage'],
  negativePolarity: ['FetchFailed'],
};
const T1 = '2026-01-01T00:00:00Z';
const T2 = '2026-01-01T00:05:00Z';

function fresh(generation = 1): Conditioned {
  return { metadata: { generation }, status: {} };
}

test('lastTransitionTime changes only when status, reason or message change', () => {
  const obj = fresh();
  setCondition(obj, { type: 'Ready', status: 'True', reason: 'Succeeded', message: 'ok' }, T1);
  setCondition(obj, { type: 'Ready', status: 'True', reason: 'Succeeded', message: 'ok' }, T2);
  assert.equal(getCondition(obj, 'Ready')?.lastTransitionTime, T1);
  setCondition(obj, { type: 'Ready', status: 'True', reason: 'Succeeded', message: 'new revision' }, T2);
  assert.equal(getCondition(obj, 'Ready')?.lastTransitionTime, T2);
  assert.equal(getCondition(obj, 'Ready')?.observedGeneration, 1);
});

test('a new generation is marked Reconciling, and a success clears it and observes the generation', () => {
  const obj = fresh(3);
  beginReconcile(obj, T1);
  assert.equal(getCondition(obj, 'Reconciling')?.message, 'processing object: new generation 0 -> 3');
  markTrue(obj, 'ArtifactInStorage', 'Succeeded', "stored artifact for revision 'main@sha1:abc'", T1);
  summarize(obj, table, { kind: 'success' }, T1);
  assert.equal(getCondition(obj, 'Reconciling'), undefined);
  assert.deepEqual(
    { ...getCondition(obj, 'Ready') },
    { type: 'Ready', status: 'True', observedGeneration: 3, lastTransitionTime: T1, reason: 'Succeeded', message: "stored artifact for revision 'main@sha1:abc'" },
  );
  assert.equal(obj.status?.observedGeneration, 3);
});

test('a negative-polarity condition makes Ready False with its reason, ahead of the error', () => {
  const obj = fresh();
  beginReconcile(obj, T1);
  markTrue(obj, 'FetchFailed', 'GitOperationFailed', 'failed to checkout: no branch main', T1);
  markTrue(obj, 'ArtifactInStorage', 'Succeeded', 'stored', T1);
  summarize(obj, table, { kind: 'failure', reason: 'ReconciliationFailed', message: 'boom' }, T1);
  const ready = getCondition(obj, 'Ready');
  assert.equal(ready?.status, 'False');
  assert.equal(ready?.reason, 'GitOperationFailed');
  assert.equal(getCondition(obj, 'Reconciling')?.reason, 'ProgressingWithRetry');
  assert.equal(obj.status?.observedGeneration, undefined);
});

test('stalled sets Stalled and Ready False, drops Reconciling and observes the generation', () => {
  const obj = fresh(2);
  beginReconcile(obj, T1);
  summarize(obj, table, { kind: 'stalled', reason: 'InvalidURL', message: 'spec.url: invalid' }, T1);
  assert.equal(getCondition(obj, 'Stalled')?.status, 'True');
  assert.equal(getCondition(obj, 'Ready')?.reason, 'InvalidURL');
  assert.equal(getCondition(obj, 'Reconciling'), undefined);
  assert.equal(obj.status?.observedGeneration, 2);
  markFalse(obj, 'FetchFailed', 'Succeeded', '', T2);
  summarize(obj, table, { kind: 'success', reason: 'ReconciliationSucceeded', message: 'Applied revision: v1' }, T2);
  assert.equal(getCondition(obj, 'Stalled'), undefined);
  assert.equal(getCondition(obj, 'Ready')?.message, 'Applied revision: v1');
});

test('waiting keeps Reconciling and leaves observedGeneration alone', () => {
  const obj = fresh(5);
  beginReconcile(obj, T1);
  summarize(obj, table, { kind: 'waiting', reason: 'DependencyNotReady', message: "dependency 'flux-system/infra' is not ready" }, T1);
  assert.equal(getCondition(obj, 'Ready')?.reason, 'DependencyNotReady');
  assert.equal(getCondition(obj, 'Reconciling')?.status, 'True');
  assert.equal(obj.status?.observedGeneration, undefined);
});

test('conditions are kept in Flux order: Stalled, Reconciling, Ready, then by type', () => {
  const obj = fresh();
  for (const type of ['Zeta', 'Ready', 'Alpha', 'Reconciling', 'Stalled']) setCondition(obj, { type, status: 'True', reason: 'Succeeded', message: '' }, T1);
  assert.deepEqual(obj.status?.conditions?.map((c) => c.type), ['Stalled', 'Reconciling', 'Ready', 'Alpha', 'Zeta']);
});

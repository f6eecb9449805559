import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeDiff } from '../../src/runtime/patch/merge-diff.js';

test('an unchanged status produces no patch', () => {
  const status = { observedGeneration: 2, conditions: [{ type: 'Ready', status: 'True' }] };
  assert.equal(mergeDiff(status, structuredClone(status)), undefined);
});

test('changed fields are sent, removed fields become null, lists are replaced whole', () => {
  const before = { observedGeneration: 1, lastHandledReconcileAt: 'x', conditions: [{ type: 'Ready', status: 'False' }], artifact: { revision: 'a', size: 1 } };
  const after = { observedGeneration: 2, conditions: [{ type: 'Ready', status: 'True' }], artifact: { revision: 'b', size: 1 } };
  assert.deepEqual(mergeDiff(before, after), {
    observedGeneration: 2,
    lastHandledReconcileAt: null,
    conditions: [{ type: 'Ready', status: 'True' }],
    artifact: { revision: 'b' },
  });
});

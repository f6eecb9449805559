import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ExponentialBackoff, fluxBackoff } from '../../src/runtime/queue/exponential-backoff.js';
import { jitter } from '../../src/runtime/queue/jitter.js';
import { nextRequeue } from '../../src/runtime/requeue-policy.js';

test('failures back off from 750 ms doubling up to 15 minutes, per key, reset by forget', () => {
  const b = new ExponentialBackoff(fluxBackoff);
  const delays = Array.from({ length: 14 }, () => b.next('a'));
  assert.deepEqual(delays.slice(0, 5), [750, 1500, 3000, 6000, 12000]);
  assert.equal(delays[10], 768_000);
  assert.equal(delays[11], 900_000);
  assert.equal(delays[13], 900_000);
  assert.equal(b.next('b'), 750);
  b.forget('a');
  assert.equal(b.next('a'), 750);
});

test('jitter moves an interval by at most ±10 % and is spread over the whole range', () => {
  assert.equal(jitter(60_000, 0.1, () => 0), 54_000);
  assert.equal(jitter(60_000, 0.1, () => 1), 66_000);
  assert.equal(jitter(60_000, 0.1, () => 0.5), 60_000);
  assert.equal(jitter(60_000, 0, () => 0), 60_000);
  const samples = Array.from({ length: 500 }, () => jitter(60_000, 0.1));
  assert.ok(samples.every((s) => s >= 54_000 && s <= 66_000));
  assert.ok(Math.min(...samples) < 56_000 && Math.max(...samples) > 64_000);
});

test('success requeues after spec.interval with jitter; a result delay wins', () => {
  const base = { backoffMs: () => 750, jitterFraction: 0.1, random: () => 1 };
  assert.equal(nextRequeue({ ...base, outcome: 'success', intervalMs: 60_000 }), 66_000);
  assert.equal(nextRequeue({ ...base, outcome: 'success', intervalMs: 60_000, requestedMs: 1000 }), 1100);
  assert.equal(nextRequeue({ ...base, outcome: 'success' }), undefined);
});

test('failure uses spec.retryInterval where the kind has it, else backoff; stalled never requeues', () => {
  let consumed = 0;
  const base = { backoffMs: () => (consumed++, 750), jitterFraction: 0.1 };
  assert.equal(nextRequeue({ ...base, outcome: 'failure', intervalMs: 60_000, retryIntervalMs: 5000 }), 5000);
  assert.equal(consumed, 0);
  assert.equal(nextRequeue({ ...base, outcome: 'failure', intervalMs: 60_000 }), 750);
  assert.equal(consumed, 1);
  assert.equal(nextRequeue({ ...base, outcome: 'waiting', requestedMs: 30_000 }), 30_000);
  assert.equal(nextRequeue({ ...base, outcome: 'stalled', intervalMs: 60_000 }), undefined);
});

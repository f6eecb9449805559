import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventCorrelator, defaultCorrelatorOptions, type CoreEvent } from '../../../src/runtime/events/index.js';

let n = 0;
function event(message: string, reason = 'GitOperationFailed'): CoreEvent {
  n++;
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `repo.${n}`, namespace: 'flux-system' },
    involvedObject: { apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', name: 'repo', namespace: 'flux-system', uid: 'u1' },
    reason,
    message,
    type: 'Warning',
    source: { component: 'source-controller' },
    reportingComponent: 'source-controller',
    reportingInstance: '',
    firstTimestamp: 't',
    lastTimestamp: 't',
    count: 1,
  };
}

test('an identical event is counted on the first copy instead of written again', () => {
  const c = new EventCorrelator();
  const first = c.correlate(event('auth failed'), 0);
  const second = c.correlate(event('auth failed'), 1000);
  assert.equal(first.action, 'create');
  assert.equal(second.action, 'patch');
  assert.equal(second.event.metadata.name, first.event.metadata.name);
  assert.equal(second.event.count, 2);
});

test('ten events differing only by message within ten minutes are combined', () => {
  const c = new EventCorrelator();
  const results = Array.from({ length: 12 }, (_, i) => c.correlate(event(`failed attempt ${i}`), i * 1000));
  assert.ok(results.slice(0, 9).every((r) => r.action === 'create' && !r.event.message.startsWith('(combined')));
  assert.equal(results[9].event.message, '(combined from similar events): failed attempt 9');
  assert.equal(results[9].action, 'create');
  assert.equal(results[10].action, 'patch');
  assert.equal(results[10].event.metadata.name, results[9].event.metadata.name);
  assert.equal(results[11].event.count, 3);
});

test('a failing object cannot flood: 25 events, then one per five minutes', () => {
  const c = new EventCorrelator({ ...defaultCorrelatorOptions, aggregateMaxEvents: 1_000 });
  const actions = Array.from({ length: 40 }, (_, i) => c.correlate(event(`msg ${i}`), i).action);
  assert.equal(actions.filter((a) => a !== 'skip').length, 25);
  assert.equal(c.correlate(event('later'), 301_000).action, 'create');
  assert.equal(c.correlate(event('later again'), 302_000).action, 'skip');
});

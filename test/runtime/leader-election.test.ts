import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LeaderElectionOptions } from '../../src/runtime/index.js';
import { eventually, startTestCluster, type TestCluster } from './support/test-cluster.js';
import { freshNamespace, readyOf, startToyRuntime, toyReconciler, type ToyCall, type ToyRuntime } from './support/toy-runtime.js';
import { installWidgetCrd, widget } from './support/widget-crd.js';

let cluster: TestCluster;
before(async () => {
  cluster = await startTestCluster();
  await installWidgetCrd(cluster.client);
  await freshNamespace(cluster.client, 'flux-system').catch(() => undefined);
});
after(() => cluster.close());

const lease = (identity: string): LeaderElectionOptions => ({
  namespace: 'flux-system',
  name: 'widget-controller-leader-election',
  identity,
  leaseDurationMs: 1000,
  renewDeadlineMs: 700,
  retryPeriodMs: 100,
});

test('two replicas with leader election never both act, and the standby takes over when the leader stops', async () => {
  const ns = await freshNamespace(cluster.client, 'leader');
  const calls: ToyCall[] = [];
  const active = { a: 0, b: 0 };
  let overlap = false;
  const guard = (id: 'a' | 'b') => async () => {
    active[id]++;
    if (active.a > 0 && active.b > 0) overlap = true;
    await new Promise((r) => setTimeout(r, 20));
    active[id]--;
  };
  const a: ToyRuntime = await startToyRuntime(cluster.client, toyReconciler({ id: 'a', calls, onReconcile: guard('a') }), { leaderElection: lease('replica-a') });
  assert.equal(a.runtime.isLeader, true);
  const b: ToyRuntime = await startToyRuntime(cluster.client, toyReconciler({ id: 'b', calls, onReconcile: guard('b') }), { leaderElection: lease('replica-b') });
  try {
    assert.equal(b.runtime.isLeader, false);
    for (let i = 0; i < 5; i++) await cluster.client.create(widget(`w${i}`, ns, { color: 'red', interval: '50ms' }));
    await eventually(() => calls.filter((c) => c.namespace === ns).length >= 25, 5000, 'interval reconciles by the leader');
    assert.deepEqual([...new Set(calls.map((c) => c.runtime))], ['a']);

    const held = await cluster.client.get({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', namespace: 'flux-system', name: 'widget-controller-leader-election' });
    assert.equal((held.spec as { holderIdentity: string }).holderIdentity, 'replica-a');

    await a.stop();
    const stoppedAt = Date.now();
    await eventually(() => b.runtime.isLeader, 3000, 'the standby to take the lease');
    await cluster.client.create(widget('after', ns, { color: 'blue' }));
    await eventually(() => readyOf(cluster.client, ns, 'after').then((r) => r?.message === 'painted blue'), 3000, 'the new leader to reconcile');
    assert.ok(calls.filter((c) => c.runtime === 'a').every((c) => c.at <= stoppedAt), 'the old leader acts no more after stopping');
    assert.ok(calls.some((c) => c.runtime === 'b'));
    assert.equal(overlap, false, 'reconciles of the two replicas overlapped');
  } finally {
    await a.stop().catch(() => undefined);
    await b.stop();
  }
  const released = await cluster.client.get({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', namespace: 'flux-system', name: 'widget-controller-leader-election' });
  assert.equal((released.spec as { holderIdentity: string }).holderIdentity, '', 'the last replica released the lease on shutdown');
});

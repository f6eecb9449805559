import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ReconcileRequestAnnotation } from '../../src/api/meta/reconcile-request.js';
import { eventually, startTestCluster, type TestCluster } from './support/test-cluster.js';
import { freshNamespace, readyOf, startToyRuntime, toyReconciler, type ToyCall, type ToyRuntime } from './support/toy-runtime.js';
import { installWidgetCrd, widget } from './support/widget-crd.js';

let cluster: TestCluster;
let toy: ToyRuntime;
let retrying: ToyRuntime;
const calls: ToyCall[] = [];
const aborted: string[] = [];
before(async () => {
  cluster = await startTestCluster();
  await installWidgetCrd(cluster.client);
  const onReconcile = async (obj: { metadata: { name?: string; namespace?: string; generation?: number } }, signal: AbortSignal) => {
    if (obj.metadata.name !== 'slow' || obj.metadata.generation !== 1) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 5000);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        aborted.push(`${obj.metadata.namespace}/${obj.metadata.name}`);
        resolve();
      });
    });
  };
  toy = await startToyRuntime(cluster.client, toyReconciler({ calls, onReconcile }), { namespace: 'requeue-main' });
  retrying = await startToyRuntime(cluster.client, toyReconciler({ calls, usesRetryInterval: true }), { namespace: 'requeue-retry' });
  await freshNamespace(cluster.client, 'requeue-main');
  await freshNamespace(cluster.client, 'requeue-retry');
});
after(async () => {
  await toy.stop();
  await retrying.stop();
  await cluster.close();
});

const ns = 'requeue-main';
const ref = (namespace: string, name: string) => ({ apiVersion: 'test.fluxion.dev/v1', kind: 'Widget', namespace, name });
const callsOf = (namespace: string, name: string) => calls.filter((c) => c.namespace === namespace && c.name === name);
const gaps = (list: ToyCall[]) => list.slice(1).map((c, i) => c.at - list[i].at);

test('failures are retried with exponential backoff (50 ms doubling, capped at 400 ms in this test)', async () => {
  await cluster.client.create(widget('backoff', ns, { fail: 'no paint', interval: '1h' }));
  await eventually(() => callsOf(ns, 'backoff').length >= 6, 8000, 'six attempts');
  const g = gaps(callsOf(ns, 'backoff'));
  const expected = [50, 100, 200, 400, 400];
  g.slice(0, 5).forEach((gap, i) => assert.ok(gap >= expected[i] - 5 && gap < expected[i] + 150, `gap ${i} was ${gap} ms, expected ~${expected[i]} ms (${g.join(', ')})`));
});

test('a fixed object succeeds at once on its new generation and then follows spec.interval', async () => {
  await cluster.client.create(widget('fixed', ns, { fail: 'no paint', interval: '200ms' }));
  await eventually(() => readyOf(cluster.client, ns, 'fixed').then((r) => r?.status === 'False'), 5000, 'Ready=False');
  await cluster.client.patch(ref(ns, 'fixed'), { spec: { fail: null, color: 'teal' } });
  await eventually(() => readyOf(cluster.client, ns, 'fixed').then((r) => r?.status === 'True'), 5000, 'Ready=True');
  const firstOk = callsOf(ns, 'fixed').findIndex((c) => c.generation === 2);
  await eventually(() => callsOf(ns, 'fixed').length >= firstOk + 4, 5000, 'interval reconciles');
  const g = gaps(callsOf(ns, 'fixed').slice(firstOk, firstOk + 4));
  g.forEach((gap) => assert.ok(gap >= 180 && gap < 400, `interval gaps ${g.join(', ')} ms, expected ~200 ms`));
});

test('spec.retryInterval paces failures where the kind has it, instead of backoff', async () => {
  await cluster.client.create(widget('retry', 'requeue-retry', { fail: 'no paint', interval: '1h', retryInterval: '250ms' }));
  await eventually(() => callsOf('requeue-retry', 'retry').length >= 4, 5000, 'four attempts');
  const g = gaps(callsOf('requeue-retry', 'retry'));
  g.forEach((gap) => assert.ok(gap >= 240 && gap < 450, `retry gaps ${g.join(', ')} ms, expected ~250 ms`));
});

test('requestedAt triggers an immediate reconcile and is echoed in status.lastHandledReconcileAt', async () => {
  await cluster.client.create(widget('requested', ns, { color: 'red', interval: '1h' }));
  await eventually(() => readyOf(cluster.client, ns, 'requested').then((r) => r?.status === 'True'), 5000, 'Ready=True');
  const before = callsOf(ns, 'requested').length;
  const stamp = new Date().toISOString();
  await cluster.client.patch(ref(ns, 'requested'), { metadata: { annotations: { [ReconcileRequestAnnotation]: stamp } } });
  const handled = await eventually(async () => {
    const obj = await cluster.client.get(ref(ns, 'requested'));
    return (obj.status as { lastHandledReconcileAt?: string }).lastHandledReconcileAt === stamp;
  }, 3000, 'lastHandledReconcileAt');
  assert.equal(handled, true);
  assert.equal(callsOf(ns, 'requested').length, before + 1);
});

test('spec.suspend stops reconciles and shows in gotk_suspend_status until resumed', async () => {
  await cluster.client.create(widget('suspended', ns, { color: 'grey', interval: '100ms', suspend: true }));
  const metric = `gotk_suspend_status{kind="Widget",name="suspended",namespace="${ns}"} 1`;
  await eventually(async () => (await (await fetch(toy.runtime.metricsUrl ?? '')).text()).includes(metric), 3000, 'suspend metric');
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(callsOf(ns, 'suspended').length, 0);
  assert.ok(toy.logs.some((l) => l.name === 'suspended' && l.msg === 'Reconciliation is suspended for this object'));
  await cluster.client.patch(ref(ns, 'suspended'), { spec: { suspend: false } });
  await eventually(() => readyOf(cluster.client, ns, 'suspended').then((r) => r?.status === 'True'), 3000, 'Ready after resume');
  await eventually(() => callsOf(ns, 'suspended').length >= 3, 3000, 'interval reconciles after resume');
});

test('a new generation aborts a long reconcile of the same object and reconciles the new one', async () => {
  await cluster.client.create(widget('slow', ns, { color: 'one', interval: '1h' }));
  await eventually(() => callsOf(ns, 'slow').length === 1, 3000, 'the slow reconcile to start');
  await cluster.client.patch(ref(ns, 'slow'), { spec: { color: 'two' } });
  await eventually(() => aborted.includes(`${ns}/slow`), 3000, 'the first reconcile to be aborted');
  await eventually(() => callsOf(ns, 'slow').some((c) => c.generation === 2), 3000, 'generation 2 to be reconciled');
});

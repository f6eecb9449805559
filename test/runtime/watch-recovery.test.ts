import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, startTestCluster, type TestCluster } from './support/test-cluster.js';
import { freshNamespace, readyOf, startToyRuntime, toyReconciler, type ToyCall, type ToyRuntime } from './support/toy-runtime.js';
import { installWidgetCrd, widget } from './support/widget-crd.js';

let cluster: TestCluster;
let toy: ToyRuntime;
const calls: ToyCall[] = [];
before(async () => {
  cluster = await startTestCluster();
  await installWidgetCrd(cluster.client);
  // A slow reconnect (300 ms+) leaves room for changes to land while no watch is open.
  toy = await startToyRuntime(cluster.client, toyReconciler({ calls }), { reconnectMinMs: 300, reconnectMaxMs: 600 });
});
after(async () => {
  await toy.stop();
  await cluster.close();
});

const ref = (namespace: string, name: string) => ({ apiVersion: 'test.fluxion.dev/v1', kind: 'Widget', namespace, name });
const painted = async (ns: string, name: string, color: string) => (await readyOf(cluster.client, ns, name))?.message === `painted ${color}`;

test('a watch cut off by a server restart recovers and loses no change made while it was down', async () => {
  const ns = await freshNamespace(cluster.client, 'recovery');
  await cluster.client.create(widget('kept', ns, { color: 'red', interval: '1h' }));
  await cluster.client.create(widget('removed', ns, { color: 'red', interval: '1h' }));
  await eventually(() => painted(ns, 'kept', 'red'), 5000, 'first reconcile');

  await cluster.restart(400);
  // Changes made before the runtime's watch is back: a spec change, a new object and a deletion.
  await cluster.client.patch(ref(ns, 'kept'), { spec: { color: 'blue' } });
  await cluster.client.create(widget('added', ns, { color: 'green', interval: '1h' }));
  await cluster.client.delete(ref(ns, 'removed'));

  await eventually(() => painted(ns, 'kept', 'blue'), 8000, 'the change made during the outage to be reconciled');
  await eventually(() => painted(ns, 'added', 'green'), 8000, 'the object created during the outage to be reconciled');
  const metrics = await eventually(async () => {
    const text = await (await fetch(toy.runtime.metricsUrl ?? '')).text();
    return !text.includes(`name="removed",namespace="${ns}"`) && text;
  }, 8000, 'the deleted object to be forgotten');
  assert.ok(metrics.includes(`name="kept",namespace="${ns}"`));
  assert.ok(toy.logs.some((l) => l.msg === 'watch failed, reconnecting'), 'the outage is logged');
  assert.equal(calls.filter((c) => c.namespace === ns && c.name === 'kept' && c.generation === 2).length, 1);
});

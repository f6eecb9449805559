import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { KubeObject } from '../../src/cluster/client/index.js';
import { ControllerRuntime, createLogger } from '../../src/runtime/index.js';
import { eventually, startTestCluster, type TestCluster } from './support/test-cluster.js';
import { freshNamespace, readyOf, startToyRuntime, toyReconciler, type ToyCall, type ToyRuntime } from './support/toy-runtime.js';
import { installWidgetCrd, widget } from './support/widget-crd.js';

let cluster: TestCluster;
let toy: ToyRuntime;
const calls: ToyCall[] = [];
before(async () => {
  cluster = await startTestCluster();
  await installWidgetCrd(cluster.client);
  toy = await startToyRuntime(cluster.client, toyReconciler({ calls }));
});
after(async () => {
  await toy.stop();
  await cluster.close();
});

const ref = (namespace: string, name: string) => ({ apiVersion: 'test.fluxion.dev/v1', kind: 'Widget', namespace, name });
type EventObject = KubeObject & { reason: string; message: string; type: string; count: number; involvedObject: Record<string, unknown>; source: { component: string } };
const eventsIn = async (namespace: string) => (await cluster.client.list({ apiVersion: 'v1', kind: 'Event', namespace })).items as EventObject[];
const metricsText = async () => (await fetch(toy.runtime.metricsUrl ?? '')).text();

test('a new object becomes Ready with its conditions, observedGeneration, an event, a log line and metrics', async () => {
  const ns = await freshNamespace(cluster.client, 'outcome-ready');
  await cluster.client.create(widget('w', ns, { color: 'red', interval: '1h' }));
  const ready = await eventually(() => readyOf(cluster.client, ns, 'w').then((r) => r?.status === 'True' && r), 5000, 'Ready=True');
  assert.deepEqual({ reason: ready.reason, message: ready.message }, { reason: 'Succeeded', message: 'painted red' });
  const obj = await cluster.client.get(ref(ns, 'w'));
  const status = obj.status as { observedGeneration: number; conditions: Array<{ type: string }> };
  assert.equal(status.observedGeneration, 1);
  assert.deepEqual(status.conditions.map((c) => c.type).sort(), ['Painted', 'Ready']);

  const event = await eventually(async () => (await eventsIn(ns)).find((e) => e.reason === 'Succeeded'), 3000, 'the Normal event');
  assert.equal(event.type, 'Normal');
  assert.equal(event.message, 'painted red');
  assert.deepEqual(event.involvedObject, { apiVersion: 'test.fluxion.dev/v1', kind: 'Widget', name: 'w', namespace: ns, uid: obj.metadata.uid, resourceVersion: event.involvedObject.resourceVersion });
  assert.deepEqual(event.metadata.annotations, { 'test.fluxion.dev/revision': 'color@red' });
  assert.equal(event.source.component, 'widget-controller');

  const line = toy.logs.find((l) => l.namespace === ns && String(l.msg).startsWith('Reconciliation finished in'));
  assert.ok(line, 'a "Reconciliation finished" log line');
  assert.equal(line.controller, 'widget');
  assert.equal(line.kind, 'Widget');
  assert.equal(line.name, 'w');
  assert.match(String(line.reconcileID), /^[0-9a-f-]{36}$/);
  assert.match(String(line.msg), /next run in 1h0m0s$/);

  const text = await metricsText();
  assert.match(text, new RegExp(`gotk_reconcile_condition\\{kind="Widget",name="w",namespace="${ns}",type="Ready",status="True"\\} 1`));
  assert.match(text, new RegExp(`gotk_resource_info\\{[^}]*exported_namespace="${ns}",name="w",ready="True",suspended="false",revision="color@red"\\} 1`));
  assert.match(text, new RegExp(`gotk_reconcile_duration_seconds_count\\{kind="Widget",name="w",namespace="${ns}"\\} 1`));
});

test('a steady state writes no status: a second reconcile leaves the resourceVersion alone', async () => {
  const ns = await freshNamespace(cluster.client, 'outcome-steady');
  await cluster.client.create(widget('w', ns, { color: 'blue', interval: '150ms' }));
  await eventually(() => readyOf(cluster.client, ns, 'w').then((r) => r?.status === 'True'), 5000, 'Ready=True');
  const rv = (await cluster.client.get(ref(ns, 'w'))).metadata.resourceVersion;
  const before = calls.filter((c) => c.namespace === ns).length;
  await eventually(() => calls.filter((c) => c.namespace === ns).length >= before + 3, 3000, 'three more interval reconciles');
  assert.equal((await cluster.client.get(ref(ns, 'w'))).metadata.resourceVersion, rv);
});

test('a failure sets Ready=False with its reason, emits a counted Warning event and counts an error', async () => {
  const ns = await freshNamespace(cluster.client, 'outcome-failure');
  await cluster.client.create(widget('w', ns, { fail: 'paint spilled', interval: '1h' }));
  const ready = await eventually(() => readyOf(cluster.client, ns, 'w').then((r) => r?.status === 'False' && r), 5000, 'Ready=False');
  assert.deepEqual({ reason: ready.reason, message: ready.message }, { reason: 'BuildFailed', message: `Widget/${ns}/w: paint spilled` });
  const warning = await eventually(async () => (await eventsIn(ns)).find((e) => e.type === 'Warning' && e.count >= 3), 5000, 'a Warning event counted 3 times');
  assert.equal(warning.reason, 'BuildFailed');
  assert.equal((await eventsIn(ns)).filter((e) => e.type === 'Warning').length, 1);
  assert.match(await metricsText(), /controller_runtime_reconcile_errors_total\{controller="widget"\} [1-9]/);
});

test('a stalled object reports Stalled=True and is not retried', async () => {
  const ns = await freshNamespace(cluster.client, 'outcome-stalled');
  await cluster.client.create(widget('w', ns, { fail: 'stall', interval: '100ms' }));
  await eventually(() => readyOf(cluster.client, ns, 'w').then((r) => r?.reason === 'InvalidURL'), 5000, 'Ready=False InvalidURL');
  const obj = await cluster.client.get(ref(ns, 'w'));
  const conditions = (obj.status as { conditions: Array<{ type: string; status: string }> }).conditions;
  assert.equal(conditions.find((c) => c.type === 'Stalled')?.status, 'True');
  const count = calls.filter((c) => c.namespace === ns).length;
  await new Promise((r) => setTimeout(r, 400));
  assert.equal(calls.filter((c) => c.namespace === ns).length, count);
});

test('deleting an object deletes its metric series', async () => {
  const ns = await freshNamespace(cluster.client, 'outcome-deleted');
  await cluster.client.create(widget('gone', ns, { color: 'green' }));
  await eventually(async () => (await metricsText()).includes(`name="gone",namespace="${ns}"`), 5000, 'series for the widget');
  await cluster.client.delete(ref(ns, 'gone'));
  await eventually(async () => !(await metricsText()).includes(`"${ns}"`), 5000, 'the series to be deleted');
});

test('a runtime whose kind is not served yet keeps retrying, logs why, and still stops cleanly', async () => {
  const logs: Array<Record<string, unknown>> = [];
  const logger = createLogger({ destination: { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) } });
  const runtime = new ControllerRuntime({ client: cluster.client, component: 'gadget-controller', logger, reconnectMinMs: 50, reconnectMaxMs: 100 });
  runtime.register({ ...toyReconciler(), kind: 'Gadget' });
  const started = runtime.start();
  const first = await Promise.race([started.then(() => 'started'), new Promise((r) => setTimeout(() => r('waiting'), 300))]);
  assert.equal(first, 'waiting', 'start waits for the first list');
  const warning = logs.find((l) => l.msg === 'watch failed, reconnecting');
  assert.match(String(warning?.error), /no matches for kind "Gadget" in version "test.fluxion.dev\/v1"/);
  await runtime.stop();
  assert.equal(await started, true);
});

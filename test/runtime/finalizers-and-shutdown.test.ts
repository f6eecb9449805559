import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { isNotFoundError } from '../../src/cluster/client/index.js';
import { eventually, startTestCluster, type TestCluster } from './support/test-cluster.js';
import { freshNamespace, readyOf, startToyRuntime, toyReconciler, type ToyCall } from './support/toy-runtime.js';
import { installWidgetCrd, widget } from './support/widget-crd.js';

let cluster: TestCluster;
before(async () => {
  cluster = await startTestCluster();
  await installWidgetCrd(cluster.client);
});
after(() => cluster.close());

const ref = (namespace: string, name: string) => ({ apiVersion: 'test.fluxion.dev/v1', kind: 'Widget', namespace, name });
const finalizer = 'finalizers.test.fluxion.dev';

test('the finalizer is added before the first act and removed after cleanup, letting the object go', async () => {
  const ns = await freshNamespace(cluster.client, 'finalizer');
  const finalized: string[] = [];
  let finalizersSeen: string[] | undefined;
  const toy = await startToyRuntime(
    cluster.client,
    toyReconciler({
      finalizer,
      finalized,
      onReconcile: async (obj) => {
        const stored = await cluster.client.get(ref(ns, obj.metadata.name ?? ''));
        finalizersSeen ??= stored.metadata.finalizers;
      },
    }),
    { namespace: ns },
  );
  try {
    await cluster.client.create(widget('w', ns, { color: 'red' }));
    await eventually(() => readyOf(cluster.client, ns, 'w').then((r) => r?.status === 'True'), 5000, 'Ready');
    assert.deepEqual(finalizersSeen, [finalizer], 'the finalizer was stored before the reconciler acted');
    await cluster.client.delete(ref(ns, 'w'));
    await eventually(async () => cluster.client.get(ref(ns, 'w')).then(() => false, (err) => isNotFoundError(err)), 5000, 'the object to be gone');
    assert.deepEqual(finalized, ['w']);
  } finally {
    await toy.stop();
  }
});

test('progress is visible while a reconcile runs, and shutdown lets it finish and write its status', async () => {
  const ns = await freshNamespace(cluster.client, 'shutdown');
  const calls: ToyCall[] = [];
  let started = false;
  const toy = await startToyRuntime(
    cluster.client,
    toyReconciler({
      calls,
      onReconcile: async (_obj, _signal, ctx) => {
        await ctx.progress('Progressing', 'mixing paint');
        started = true;
        await new Promise((r) => setTimeout(r, 300));
      },
    }),
    { namespace: ns },
  );
  await cluster.client.create(widget('w', ns, { color: 'slow' }));
  await eventually(() => started, 3000, 'the reconcile to start');
  const during = await cluster.client.get(ref(ns, 'w'));
  const reconciling = (during.status as { conditions: Array<{ type: string; status: string; message: string }> }).conditions.find((c) => c.type === 'Reconciling');
  assert.deepEqual({ status: reconciling?.status, message: reconciling?.message }, { status: 'True', message: 'mixing paint' });
  await toy.stop();
  const ready = await readyOf(cluster.client, ns, 'w');
  assert.equal(ready?.message, 'painted slow');
  const conditions = ((await cluster.client.get(ref(ns, 'w'))).status as { conditions: Array<{ type: string }> }).conditions;
  assert.deepEqual(conditions.map((c) => c.type), ['Ready', 'Painted'], 'Reconciling is gone after success');
  assert.ok(toy.logs.some((l) => l.msg === 'controllers stopped'));
});

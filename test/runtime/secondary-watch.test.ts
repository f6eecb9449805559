import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { KubeObject } from '../../src/cluster/client/index.js';
import { eventually, startTestCluster, type TestCluster } from './support/test-cluster.js';
import { freshNamespace, startToyRuntime, toyReconciler, type ToyCall, type ToyRuntime } from './support/toy-runtime.js';
import { installWidgetCrd, widget } from './support/widget-crd.js';

let cluster: TestCluster;
let toy: ToyRuntime;
const calls: ToyCall[] = [];
const ns = 'secondary';
before(async () => {
  cluster = await startTestCluster();
  await installWidgetCrd(cluster.client);
  await freshNamespace(cluster.client, ns);
  // A ConfigMap names the widget it feeds in `data.widget`; only a change of `data.paint` matters.
  const paint = (o: KubeObject | undefined) => (o?.data as Record<string, string> | undefined)?.paint;
  const reconciler = {
    ...toyReconciler({ calls }),
    watches: [
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        changed: (prev: KubeObject | undefined, obj: KubeObject) => paint(prev) !== paint(obj),
        map: (cm: KubeObject, widgets: readonly KubeObject[]) =>
          widgets.filter((w) => w.metadata.namespace === cm.metadata.namespace && w.metadata.name === (cm.data as Record<string, string>).widget),
      },
    ],
  };
  toy = await startToyRuntime(cluster.client, reconciler, { namespace: ns });
});
after(async () => {
  await toy.stop();
  await cluster.close();
});

const cmRef = { apiVersion: 'v1', kind: 'ConfigMap', namespace: ns, name: 'paint' };

test('a change of a watched object of another kind queues the objects it maps to, at once', async () => {
  await cluster.client.create(widget('fed', ns, { color: 'red', interval: '1h' }));
  await cluster.client.create(widget('unrelated', ns, { color: 'red', interval: '1h' }));
  await eventually(() => calls.filter((c) => c.namespace === ns).length === 2, 3000, 'first reconciles');
  await cluster.client.create({ ...cmRef, metadata: { name: 'paint', namespace: ns }, data: { widget: 'fed', paint: 'v1' } });
  await eventually(() => calls.filter((c) => c.name === 'fed').length === 2, 3000, 'the ConfigMap to queue its widget');
  await cluster.client.patch(cmRef, { data: { paint: 'v2' } });
  await eventually(() => calls.filter((c) => c.name === 'fed').length === 3, 3000, 'the paint change to queue the widget');
  await cluster.client.patch(cmRef, { metadata: { labels: { irrelevant: 'yes' } } });
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(calls.filter((c) => c.name === 'fed').length, 3, 'a change the watch ignores queues nothing');
  assert.equal(calls.filter((c) => c.name === 'unrelated').length, 1);
});

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, startTestCluster, type TestCluster } from './support/test-cluster.js';
import { freshNamespace, startToyRuntime, toyReconciler, type ToyCall, type ToyRuntime } from './support/toy-runtime.js';
import { installWidgetCrd, widget } from './support/widget-crd.js';

let cluster: TestCluster;
let toy: ToyRuntime;
const calls: ToyCall[] = [];
const ns = 'flood';
before(async () => {
  cluster = await startTestCluster();
  await installWidgetCrd(cluster.client);
  await freshNamespace(cluster.client, ns);
  // Retry every 20 ms: far faster than any real backoff, to hit the event rate limit quickly.
  toy = await startToyRuntime(cluster.client, toyReconciler({ calls }), { namespace: ns, backoff: { minDelayMs: 20, maxDelayMs: 20 } });
});
after(async () => {
  await toy.stop();
  await cluster.close();
});

test('an object failing over and over reaches the API server as one event counted at most 25 times', async () => {
  await cluster.client.create(widget('flaky', ns, { fail: 'always', interval: '1h' }));
  await eventually(() => calls.length >= 60, 10_000, 'sixty failed attempts');
  await new Promise((r) => setTimeout(r, 200));
  const events = (await cluster.client.list({ apiVersion: 'v1', kind: 'Event', namespace: ns })).items as Array<{ type?: string; count?: number; reason?: string }>;
  const warnings = events.filter((e) => e.type === 'Warning');
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0].reason, 'BuildFailed');
  assert.equal(warnings[0].count, 25, `${calls.length} failures were written as a count of ${warnings[0].count}`);
});

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestCluster, type TestCluster } from '../../runtime/support/test-cluster.js';

let cluster: TestCluster;
before(async () => {
  cluster = await startTestCluster();
});
after(() => cluster.close());

test('requests after an API server restart succeed although pooled connections went stale', async () => {
  const { client } = cluster;
  // Fill the connection pool with several keep-alive sockets.
  await Promise.all(Array.from({ length: 6 }, (_, i) => client.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `pool-${i}`, namespace: 'default' } })));
  await cluster.restart();
  const results = await Promise.all(Array.from({ length: 6 }, (_, i) => client.get({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: `pool-${i}` })));
  assert.deepEqual(results.map((r) => r.metadata.name), ['pool-0', 'pool-1', 'pool-2', 'pool-3', 'pool-4', 'pool-5']);
  const patched = await client.patch({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: 'pool-0' }, { data: { after: 'restart' } });
  assert.deepEqual(patched.data, { after: 'restart' });
});

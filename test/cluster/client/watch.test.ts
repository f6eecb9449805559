import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { isGoneError } from '../../../src/cluster/client/index.js';
import { startTestCluster, type TestCluster } from '../../runtime/support/test-cluster.js';

let cluster: TestCluster;
before(async () => {
  cluster = await startTestCluster({ bookmarkIntervalMs: 100, watchHistory: 5 });
});
after(() => cluster.close());

test('an idle watch receives bookmarks carrying a newer resourceVersion', async () => {
  const { client } = cluster;
  const list = await client.list({ apiVersion: 'v1', kind: 'Secret', namespace: 'default' });
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 2000);
  let bookmark: string | undefined;
  for await (const ev of client.watch({ apiVersion: 'v1', kind: 'Secret', namespace: 'default', resourceVersion: list.resourceVersion, signal: abort.signal })) {
    if (ev.type === 'BOOKMARK') {
      bookmark = ev.object.metadata.resourceVersion;
      abort.abort();
    }
  }
  clearTimeout(timer);
  assert.ok(bookmark, 'a bookmark arrived within 2 s');
});

test('a watch from a resourceVersion the server no longer keeps fails with GoneError', async () => {
  const { client } = cluster;
  const first = await client.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'old', namespace: 'default' } });
  for (let i = 0; i < 20; i++) await client.patch({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: 'old' }, { data: { i: String(i) } });
  const watching = async () => {
    for await (const _ of client.watch({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', resourceVersion: first.metadata.resourceVersion })) void _;
  };
  await assert.rejects(watching(), (err) => isGoneError(err) && err.code === 410);
});

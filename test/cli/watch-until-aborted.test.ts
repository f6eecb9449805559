import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ClusterClient } from '../../src/cluster/client/index.js';
import { watchUntilAborted } from '../../src/cli/watch-until-aborted.js';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';

let server: TestApiServer;
let client: ClusterClient;
before(async () => {
  server = await startTestApiServer();
  client = await ClusterClient.fromKubeconfig({ path: server.kubeconfigPath });
});
after(async () => {
  client.close();
  await server.close();
});

test('a watch the server ends is resumed from the last version: later changes arrive, earlier ones only once', async () => {
  const cm = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default' } });
  await client.create(cm('first'));
  const stop = new AbortController();
  const seen: string[] = [];
  const watching = (async () => {
    // The server closes each stream after a second, as a real API server does after its request timeout.
    for await (const ev of watchUntilAborted(client, { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', timeoutSeconds: 1 }, stop.signal)) {
      if (ev.type !== 'BOOKMARK') seen.push(`${ev.type} ${ev.object.metadata.name}`);
    }
  })();
  await new Promise((r) => setTimeout(r, 2500));
  await client.create(cm('second'));
  const deadline = Date.now() + 10_000;
  while (!seen.includes('ADDED second') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  stop.abort();
  await watching;
  assert.deepEqual(seen.filter((s) => s.endsWith('first')), ['ADDED first']);
  assert.ok(seen.includes('ADDED second'), seen.join(', '));
});

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { spawnServer, stopServer } from './spawn-server.js';

function client(kubeconfigPath: string): CoreV1Api {
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfigPath);
  return kc.makeApiClient(CoreV1Api);
}

describe('durability', () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'fluxion-durable-'));
  after(() => rmSync(stateDir, { recursive: true, force: true }));

  test('every acknowledged write survives kill -9 and a restart on the same state dir', async () => {
    const first = await spawnServer(stateDir);
    const core = client(first.kubeconfigPath);
    const written: Array<[string, string]> = [];
    for (let i = 0; i < 50; i++) {
      const cm = await core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: `cm-${i}` }, data: { i: String(i) } } });
      written.push([cm.metadata?.name ?? '', cm.metadata?.resourceVersion ?? '']);
    }
    await core.deleteNamespacedConfigMap({ name: 'cm-0', namespace: 'default' });
    const lastRv = Number((await core.listNamespacedConfigMap({ namespace: 'default' })).metadata?.resourceVersion);
    const port = Number(new URL(first.url).port);
    await stopServer(first, 'SIGKILL');

    const second = await spawnServer(stateDir, port);
    try {
      const again = client(second.kubeconfigPath);
      const list = await again.listNamespacedConfigMap({ namespace: 'default' });
      const names = new Set(list.items.map((i) => i.metadata?.name));
      assert.equal(names.has('cm-0'), false, 'the delete survived');
      for (const [name, rv] of written.slice(1)) {
        assert.ok(names.has(name), `${name} survived`);
        assert.equal(list.items.find((i) => i.metadata?.name === name)?.metadata?.resourceVersion, rv);
      }
      assert.ok(Number(list.metadata?.resourceVersion) >= lastRv, 'resourceVersion does not go back');
      const next = await again.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'after-restart' } } });
      assert.ok(Number(next.metadata?.resourceVersion) > lastRv, 'new writes continue the sequence');
    } finally {
      await stopServer(second);
    }
  });
});

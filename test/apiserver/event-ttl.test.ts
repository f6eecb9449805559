import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { startApiServer } from '../../src/apiserver/index.js';

test('Events expire after their time to live; other objects stay', async () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'fluxion-ttl-'));
  const server = await startApiServer({ stateDir, eventTtlMs: 300, kubeletDelayMs: false });
  try {
    const kc = new KubeConfig();
    kc.loadFromFile(server.kubeconfigPath);
    const core = kc.makeApiClient(CoreV1Api);
    await core.createNamespacedEvent({ namespace: 'default', body: { metadata: { name: 'old' }, involvedObject: { kind: 'Pod', name: 'p' }, reason: 'R', message: 'm' } });
    await core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'stays' } } });
    const deadline = Date.now() + 5000;
    while ((await core.listNamespacedEvent({ namespace: 'default' })).items.length > 0) {
      assert.ok(Date.now() < deadline, 'event expired in time');
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal((await core.readNamespacedConfigMap({ name: 'stays', namespace: 'default' })).metadata?.name, 'stays');
  } finally {
    await server.close();
    rmSync(stateDir, { recursive: true, force: true });
  }
});

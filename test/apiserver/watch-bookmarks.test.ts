import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { KubeConfig } from '@kubernetes/client-node';
import { startApiServer } from '../../src/apiserver/index.js';
import { rawRequest } from './raw-request.js';

test('watches that allow bookmarks get periodic BOOKMARK events carrying the current resourceVersion', async () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'fluxion-bookmarks-'));
  const server = await startApiServer({ stateDir, bookmarkIntervalMs: 100, kubeletDelayMs: false });
  try {
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromFile(server.kubeconfigPath);
    const handle = { url: server.url, kubeconfigPath: server.kubeconfigPath, kubeConfig, close: server.close };
    const list = await rawRequest(handle, 'GET', '/api/v1/namespaces/default/configmaps');
    const rv = (list.body.metadata as { resourceVersion: string }).resourceVersion;
    const r = await rawRequest(handle, 'GET', `/api/v1/namespaces/default/configmaps?watch=true&allowWatchBookmarks=true&timeoutSeconds=1&resourceVersion=${rv}`);
    const events = r.text.trim().split('\n').map((l) => JSON.parse(l) as { type: string; object: { kind: string; metadata: { resourceVersion: string } } });
    assert.ok(events.length >= 3, `got ${events.length} bookmarks`);
    for (const e of events) {
      assert.equal(e.type, 'BOOKMARK');
      assert.equal(e.object.kind, 'ConfigMap');
      assert.ok(Number(e.object.metadata.resourceVersion) >= Number(rv));
    }
    const plain = await rawRequest(handle, 'GET', `/api/v1/namespaces/default/configmaps?watch=true&timeoutSeconds=1&resourceVersion=${rv}`);
    assert.equal(plain.text.trim(), '', 'no bookmarks unless allowed');
  } finally {
    await server.close();
    rmSync(stateDir, { recursive: true, force: true });
  }
});

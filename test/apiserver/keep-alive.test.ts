import assert from 'node:assert/strict';
import { Agent, request } from 'node:https';
import { after, before, describe, test } from 'node:test';
import { fluxCrds } from '../../src/api/index.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { spawnServer, stopServer, type ServerProcess } from './spawn-server.js';

describe('keep-alive connections (kubectl and Go clients reuse them)', () => {
  // The server runs in its own process: the failure this guards against needs client and server to race.
  const stateDir = mkdtempSync(join(tmpdir(), 'fluxion-keepalive-'));
  let server: ServerProcess;
  let token = '';
  let ca: Buffer;
  before(async () => {
    server = await spawnServer(stateDir);
    const cfg = parse(readFileSync(server.kubeconfigPath, 'utf8')) as {
      clusters: Array<{ cluster: { 'certificate-authority-data': string } }>; users: Array<{ user: { token: string } }>;
    };
    token = cfg.users[0]?.user.token ?? '';
    ca = Buffer.from(cfg.clusters[0]?.cluster['certificate-authority-data'] ?? '', 'base64');
  });
  after(async () => {
    await stopServer(server);
    rmSync(stateDir, { recursive: true, force: true });
  });

  function send(agent: Agent, method: string, path: string, body: string, contentType: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = request(new URL(path, server.url), { method, agent, headers: { Authorization: `Bearer ${token}`, 'Content-Type': contentType } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  test('requests right after large responses on the same connection are served', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1, ca });
    try {
      // Server-side apply of every Flux CRD, one after another: large bodies answered by large responses.
      for (const crd of fluxCrds()) {
        const name = (crd.metadata as { name: string }).name;
        const status = await send(agent, 'PATCH', `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${name}?fieldManager=test&force=true`,
          JSON.stringify(crd), 'application/apply-patch+yaml');
        assert.equal(status, 201, name);
      }
    } finally {
      agent.destroy();
    }
  });
});

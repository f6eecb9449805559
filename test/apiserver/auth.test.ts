import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';
import { rawRequest } from './raw-request.js';

describe('authentication and transport', () => {
  let server: TestApiServer;
  before(async () => {
    server = await startTestApiServer();
  });
  after(() => server.close());

  test('requests without a token are 401 Unauthorized, everywhere', async () => {
    for (const path of ['/version', '/api', '/apis', '/api/v1/namespaces', '/openapi/v3']) {
      const r = await rawRequest(server, 'GET', path, { token: null });
      assert.equal(r.status, 401, path);
      assert.equal(r.body.reason, 'Unauthorized');
    }
  });

  test('a wrong token is 401 and the right one is accepted', async () => {
    const wrong = await rawRequest(server, 'GET', '/api/v1/namespaces', { token: 'x'.repeat(64) });
    assert.equal(wrong.status, 401);
    const right = await rawRequest(server, 'GET', '/api/v1/namespaces');
    assert.equal(right.status, 200);
  });

  test('the server listens on 127.0.0.1 over TLS and the kubeconfig carries its CA and token', () => {
    assert.match(server.url, /^https:\/\/127\.0\.0\.1:\d+$/);
    const cfg = parse(readFileSync(server.kubeconfigPath, 'utf8')) as {
      clusters: Array<{ cluster: { server: string; 'certificate-authority-data': string } }>;
      users: Array<{ user: { token: string } }>;
    };
    assert.equal(cfg.clusters[0]?.cluster.server, server.url);
    assert.match(Buffer.from(cfg.clusters[0]?.cluster['certificate-authority-data'] ?? '', 'base64').toString(), /BEGIN CERTIFICATE/);
    assert.match(cfg.users[0]?.user.token ?? '', /^[0-9a-f]{64}$/);
  });
});

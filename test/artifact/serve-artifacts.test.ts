import assert from 'node:assert/strict';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ArtifactStore } from '../../src/artifact/artifact-store.js';
import { serveArtifacts, type ArtifactServer } from '../../src/artifact/serve-artifacts.js';
import { tempDir } from '../support/git-repo.js';

/** A raw request, so paths reach the server exactly as written (no client-side normalisation). */
function raw(port: number, path: string, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString('latin1')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the artifact HTTP server', () => {
  let root: string;
  let store: ArtifactStore;
  let server: ArtifactServer;
  let path: string;

  before(async () => {
    root = tempDir();
    store = new ArtifactStore({ root: join(root, 'storage') });
    const src = join(root, 'src');
    mkdirSync(src);
    writeFileSync(join(src, 'a.yaml'), 'a: 1\n');
    server = await serveArtifacts(store);
    store.setBaseUrl(server.url);
    path = (await store.archive({ kind: 'GitRepository', namespace: 'default', name: 'app' }, src, 'main@sha1:x')).path;
    writeFileSync(join(root, 'secret.txt'), 'TOP-SECRET');
    symlinkSync(join(root, 'secret.txt'), join(root, 'storage', 'link.tar.gz'));
  });
  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 and serves a stored artifact at its status URL', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(store.urlFor(path));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/gzip');
    assert.equal(Buffer.from(await res.arrayBuffer()).subarray(0, 2).toString('hex'), '1f8b');
  });

  test('path escapes are answered 400 or 404 and never leak a file outside the storage', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/gitrepository/..%2f..%2fsecret.txt', '/gitrepository%2f..%2f..%2fsecret.txt', '/..\\secret.txt', '/%00', '/%zz']) {
      const res = await raw(server.port, p);
      assert.ok(res.status === 400 || res.status === 404, `${p} -> ${res.status}`);
      assert.doesNotMatch(res.body, /TOP-SECRET/);
    }
  });

  test('a symlink inside the storage pointing outside is not followed', async () => {
    const res = await raw(server.port, '/link.tar.gz');
    assert.equal(res.status, 404);
    assert.doesNotMatch(res.body, /TOP-SECRET/);
  });

  test('directories are not listed', async () => {
    for (const p of ['/', '/gitrepository', '/gitrepository/default/app/']) assert.equal((await raw(server.port, p)).status, 404, p);
  });

  test('the server is read-only', async () => {
    for (const m of ['PUT', 'POST', 'DELETE']) assert.equal((await raw(server.port, `/${path}`, m)).status, 405, m);
    assert.equal((await raw(server.port, `/${path}`, 'HEAD')).status, 200);
  });
});

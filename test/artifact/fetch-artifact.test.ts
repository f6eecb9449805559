import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { Header } from 'tar';
import { ArtifactStore } from '../../src/artifact/artifact-store.js';
import { fetchArtifact } from '../../src/artifact/fetch-artifact.js';
import { serveArtifacts, type ArtifactServer } from '../../src/artifact/serve-artifacts.js';
import { tempDir } from '../support/git-repo.js';

type RawEntry = { path: string; type?: 'File' | 'SymbolicLink' | 'Link' | 'Directory'; body?: string; linkpath?: string };

/** Builds a tar.gz by hand so hostile entries (../, absolute, links) can be expressed. */
function hostileTarGz(entries: RawEntry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const e of entries) {
    const body = Buffer.from(e.body ?? '');
    const block = Buffer.alloc(512);
    new Header({ path: e.path, type: e.type ?? 'File', size: e.type && e.type !== 'File' ? 0 : body.length, mode: 0o644, mtime: new Date(0), linkpath: e.linkpath ?? '' }).encode(block);
    blocks.push(block);
    if (!e.type || e.type === 'File') blocks.push(body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

describe('consumers fetch, verify and unpack artifacts confined to their directory', () => {
  let root: string;
  let store: ArtifactStore;
  let server: ArtifactServer;

  before(async () => {
    root = tempDir();
    store = new ArtifactStore({ root: join(root, 'storage') });
    server = await serveArtifacts(store);
    store.setBaseUrl(server.url);
  });
  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const dest = () => join(root, `dest-${Math.random().toString(36).slice(2)}`);
  const publish = (name: string, bytes: Buffer) => {
    writeFileSync(join(store.root, name), bytes);
    return `${server.url}/${name}`;
  };

  test('a stored artifact round-trips: same files, same content, links kept', async () => {
    const src = join(root, 'src');
    mkdirSync(join(src, 'apps'), { recursive: true });
    writeFileSync(join(src, 'apps/app.yaml'), 'kind: Deployment\n');
    writeFileSync(join(src, 'kustomization.yaml'), 'resources: [apps/app.yaml]\n');
    const stored = await store.archive({ kind: 'GitRepository', namespace: 'ns', name: 'rt' }, src, 'main@sha1:x');
    const d = dest();
    const got = await fetchArtifact(stored.url, stored.digest, d);
    assert.equal(got.files, 2);
    assert.equal(readFileSync(join(d, 'apps/app.yaml'), 'utf8'), 'kind: Deployment\n');
  });

  test('a digest mismatch is refused before anything is unpacked', async () => {
    const url = publish('tampered.tar.gz', hostileTarGz([{ path: 'a.yaml', body: 'a' }]));
    const d = dest();
    await assert.rejects(fetchArtifact(url, `sha256:${'0'.repeat(64)}`, d), { reason: 'ArtifactFailed', message: /computed digest sha256:[0-9a-f]{64} doesn't match/ });
    assert.equal(existsSync(d), false);
  });

  test('a missing artifact is an HTTP 404 error naming the URL without its query', async () => {
    await assert.rejects(fetchArtifact(`${server.url}/nope.tar.gz?token=abc`, `sha256:${'1'.repeat(64)}`, dest()), (err: Error) => {
      assert.match(err.message, new RegExp(`failed to download artifact from '${server.url}/nope.tar.gz': HTTP 404`));
      return true;
    });
  });

  const refused: Array<[string, RawEntry[], RegExp]> = [
    ['an entry with ../ in its path', [{ path: 'ok.yaml', body: 'ok' }, { path: '../escape.txt', body: 'x' }], /entry '\.\.\/escape\.txt' contains '\.\.'/],
    ['an entry with an absolute path', [{ path: '/tmp/abs-escape.txt', body: 'x' }], /absolute or invalid path/],
    ['a symlink to an absolute path', [{ path: 'etc', type: 'SymbolicLink', linkpath: '/etc' }], /symlink 'etc' points outside/],
    ['a symlink climbing out with ../', [{ path: 'a/up', type: 'SymbolicLink', linkpath: '../../..' }], /symlink 'a\/up' points outside/],
    ['a file written through an earlier symlink', [{ path: 'l', type: 'SymbolicLink', linkpath: 'sub' }, { path: 'sub/', type: 'Directory' }, { path: 'l/x', body: 'x' }], /written through symlink 'l'/],
    ['a symlink that escapes only when resolved through another link', [{ path: 's', type: 'SymbolicLink', linkpath: '.' }, { path: 'u', type: 'SymbolicLink', linkpath: 's/..' }], /symlink 'u' resolves outside/],
    ['a hard link', [{ path: 'h', type: 'Link', linkpath: '/etc/passwd' }], /unsupported type Link/],
  ];
  for (const [what, entries, message] of refused) {
    test(`unpacking refuses ${what} and leaves the destination empty`, async () => {
      const bytes = hostileTarGz(entries);
      const url = publish(`hostile-${Math.random().toString(36).slice(2)}.tar.gz`, bytes);
      const d = dest();
      await assert.rejects(fetchArtifact(url, sha(bytes), d), { reason: 'ArtifactFailed', message });
      assert.deepEqual(readdirSync(d), []);
      assert.equal(existsSync(join(root, 'escape.txt')), false);
    });
  }

  test('a symlink inside the destination is recreated as a link', async () => {
    const bytes = hostileTarGz([{ path: 'base/a.yaml', body: 'a' }, { path: 'link.yaml', type: 'SymbolicLink', linkpath: 'base/a.yaml' }]);
    const d = dest();
    await fetchArtifact(publish('links.tar.gz', bytes), sha(bytes), d);
    assert.equal(lstatSync(join(d, 'link.yaml')).isSymbolicLink(), true);
    assert.equal(readlinkSync(join(d, 'link.yaml')), 'base/a.yaml');
  });
});

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ArtifactStore } from '../../src/artifact/artifact-store.js';
import { tempDir } from '../support/git-repo.js';

describe('artifact storage with garbage collection', () => {
  let root: string;
  let store: ArtifactStore;
  const owner = { kind: 'GitRepository', namespace: 'flux-system', name: 'podinfo' };

  before(() => {
    root = tempDir();
    store = new ArtifactStore({ root: join(root, 'storage'), baseUrl: 'http://127.0.0.1:9090/', retain: 2 });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const source = (content: string) => {
    const dir = join(root, `src-${Math.random().toString(36).slice(2)}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'app.yaml'), content);
    return dir;
  };

  test('archive stores <kind>/<namespace>/<name>/<digest>.tar.gz and reports Flux status fields', async () => {
    const a = await store.archive(owner, source('one\n'), 'main@sha1:1111111111111111111111111111111111111111');
    const hex = a.digest.slice('sha256:'.length);
    assert.equal(a.path, `gitrepository/flux-system/podinfo/${hex}.tar.gz`);
    assert.equal(a.url, `http://127.0.0.1:9090/gitrepository/flux-system/podinfo/${hex}.tar.gz`);
    assert.equal(a.revision, 'main@sha1:1111111111111111111111111111111111111111');
    assert.match(a.lastUpdateTime, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.ok(a.size > 0);
    assert.equal(await store.exists(a.path), true);
    assert.deepEqual(await store.get(a.path), { localPath: join(root, 'storage', a.path), size: a.size });
    assert.equal(await store.get('gitrepository/flux-system/podinfo/missing.tar.gz'), undefined);
  });

  test('gc keeps the newest N artifacts of an object and always the current one', async () => {
    const stored = [];
    for (let i = 0; i < 4; i++) {
      const s = await store.archive(owner, source(`rev ${i}\n`), `main@sha1:${String(i).repeat(40)}`);
      utimesSync(store.localPath(s.path), new Date(Date.now() + i * 1000), new Date(Date.now() + i * 1000));
      stored.push(s);
    }
    const removed = await store.gc(owner, stored[3]!.path);
    const left = await store.list(owner);
    assert.deepEqual(left, [stored[3]!.path, stored[2]!.path]);
    assert.ok(removed.includes(stored[0]!.path) && removed.includes(stored[1]!.path));
    assert.equal(existsSync(store.localPath(stored[0]!.path)), false);
  });

  test("gc of one object leaves other objects' artifacts alone", async () => {
    const other = { ...owner, name: 'other' };
    const o = await store.archive(other, source('other\n'), 'main@sha1:abc');
    await store.gc(owner);
    assert.equal(await store.exists(o.path), true);
  });

  test('object names that would escape the storage directory are refused', async () => {
    await assert.rejects(store.archive({ ...owner, name: '../../etc' }, source('x'), 'r'), /invalid artifact name/);
    await assert.rejects(store.archive({ ...owner, namespace: 'a/b' }, source('x'), 'r'), /invalid artifact namespace/);
    assert.throws(() => store.localPath('../outside.tar.gz'), /outside the storage/);
  });

  test('re-archiving the same tree gives the same path (same digest) and is not duplicated', async () => {
    const dir = source('stable\n');
    const one = await store.archive({ ...owner, name: 'stable' }, dir, 'r1');
    const two = await store.archive({ ...owner, name: 'stable' }, dir, 'r1');
    assert.equal(one.path, two.path);
    assert.deepEqual(await store.list({ ...owner, name: 'stable' }), [one.path]);
  });
});

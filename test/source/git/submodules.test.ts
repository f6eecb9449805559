import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fetchGitSource } from '../../../src/source/git/fetch-git-source.js';
import { startGitHttpServer, type GitHttpServer } from '../../support/git-http-server.js';
import { tempDir, TestRepo } from '../../support/git-repo.js';

describe('spec.recurseSubmodules', () => {
  let root: string;
  let server: GitHttpServer;

  before(async () => {
    root = tempDir();
    const lib = TestRepo.create(root, 'lib');
    lib.commit({ 'base/kustomization.yaml': 'resources: []\n' }, 'lib commit');
    const app = TestRepo.create(root, 'app');
    app.commit({ 'app.yaml': 'a: 1\n' }, 'app commit');
    app.addSubmodule('../lib.git', 'vendor/lib', 'add lib as submodule');
    const evil = TestRepo.create(root, 'evil');
    evil.commit({ 'x.yaml': 'x: 1\n' }, 'evil commit');
    evil.addSubmodule(`file://${join(root, 'lib.git')}`, 'local', 'add a file:// submodule');
    server = await startGitHttpServer({ root });
  });
  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const dir = () => join(root, `co-${Math.random().toString(36).slice(2)}`);

  test('with recurseSubmodules the submodule files are checked out', async () => {
    const d = dir();
    const res = await fetchGitSource({ url: `${server.url}/app.git`, ref: { branch: 'main' }, dir: d, recurseSubmodules: true });
    assert.deepEqual(res.submodules, ['vendor/lib']);
    assert.equal(readFileSync(join(d, 'vendor/lib/base/kustomization.yaml'), 'utf8'), 'resources: []\n');
  });

  test('without it the submodule directory stays empty', async () => {
    const d = dir();
    const res = await fetchGitSource({ url: `${server.url}/app.git`, ref: { branch: 'main' }, dir: d });
    assert.deepEqual(res.submodules, []);
    assert.equal(existsSync(join(d, 'vendor/lib')) ? readdirSync(join(d, 'vendor/lib')).length : 0, 0);
  });

  test('a file:// submodule in a repository fetched over HTTP is refused', async () => {
    await assert.rejects(fetchGitSource({ url: `${server.url}/evil.git`, ref: { branch: 'main' }, dir: dir(), recurseSubmodules: true }), {
      kind: 'InvalidSubmodule',
      message: /submodule 'local': URL 'file:\/\/.*' is not allowed/,
    });
  });
});

import assert from 'node:assert/strict';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ArtifactStore } from '../../src/artifact/artifact-store.js';
import { copyInclude } from '../../src/artifact/copy-include.js';
import { fetchArtifact } from '../../src/artifact/fetch-artifact.js';
import { serveArtifacts, type ArtifactServer } from '../../src/artifact/serve-artifacts.js';
import { fetchGitSource } from '../../src/source/git/fetch-git-source.js';
import { startGitHttpServer, type GitHttpServer } from '../support/git-http-server.js';
import { tempDir, TestRepo } from '../support/git-repo.js';

function listTree(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listTree(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  ).sort();
}

describe('from a Git commit to an unpacked artifact on the consumer side', () => {
  let root: string;
  let git: GitHttpServer;
  let artifacts: ArtifactServer;
  let store: ArtifactStore;
  const owner = { kind: 'GitRepository', namespace: 'flux-system', name: 'flux-system' };

  before(async () => {
    root = tempDir();
    const repo = TestRepo.create(root, 'fleet');
    repo.commit(
      {
        'clusters/prod/kustomization.yaml': 'resources: []\n',
        'apps/podinfo.yaml': 'kind: HelmRelease\n',
        'apps/.sourceignore': 'drafts/\n',
        'apps/drafts/wip.yaml': 'wip\n',
        'docs/diagram.png': 'png',
        '.github/workflows/ci.yaml': 'on: push\n',
        'scripts/run.sh': '#!/bin/sh\n',
      },
      'fleet commit',
    );
    git = await startGitHttpServer({ root });
    store = new ArtifactStore({ root: join(root, 'storage') });
    artifacts = await serveArtifacts(store);
    store.setBaseUrl(artifacts.url);
  });
  after(async () => {
    await Promise.all([git.close(), artifacts.close()]);
    rmSync(root, { recursive: true, force: true });
  });

  const checkout = async () => {
    const dir = join(root, `co-${Math.random().toString(36).slice(2)}`);
    const src = await fetchGitSource({ url: `${git.url}/fleet.git`, ref: { branch: 'main' }, dir });
    return { dir, src };
  };

  test('the artifact has the tree minus .git, .sourceignore matches and default exclusions', async () => {
    const { dir, src } = await checkout();
    const stored = await store.archive(owner, dir, src.revision);
    const out = join(root, 'unpacked');
    await fetchArtifact(stored.url, stored.digest, out);
    // .sourceignore rules replace the default exclusions (as in Flux), so docs/diagram.png and .github stay.
    assert.deepEqual(listTree(out), ['.github/workflows/ci.yaml', 'apps/.sourceignore', 'apps/podinfo.yaml', 'clusters/prod/kustomization.yaml', 'docs/diagram.png', 'scripts/run.sh']);
  });

  test('two checkouts of the same commit give the same digest', async () => {
    const a = await checkout();
    const b = await checkout();
    const sa = await store.archive(owner, a.dir, a.src.revision, { ignore: '/docs\n' });
    const sb = await store.archive(owner, b.dir, b.src.revision, { ignore: '/docs\n' });
    assert.equal(sa.digest, sb.digest);
    assert.equal(sa.path, sb.path);
  });

  test('a committed symlink pointing outside the repository makes archiving fail, naming the link', async () => {
    const evil = TestRepo.create(root, 'evil');
    evil.symlink('config/hosts', '../../../../../etc/hosts');
    evil.commit({ 'ok.yaml': 'ok\n' }, 'add an escaping symlink');
    const dir = join(root, 'evil-checkout');
    const src = await fetchGitSource({ url: `${git.url}/evil.git`, ref: { branch: 'main' }, dir });
    await assert.rejects(store.archive({ ...owner, name: 'evil' }, dir, src.revision), {
      reason: 'ArchiveOperationFailed',
      message: "symlink 'config/hosts' points outside the source root ('../../../../../etc/hosts')",
    });
    assert.deepEqual(await store.list({ ...owner, name: 'evil' }), []);
  });

  test('an included artifact appears under toPath in the including artifact', async () => {
    const { dir, src } = await checkout();
    const inc = await checkout();
    await copyInclude(dir, { sourceDir: inc.dir, repositoryName: 'shared', fromPath: 'apps', toPath: 'vendor/apps' });
    const stored = await store.archive({ ...owner, name: 'with-include' }, dir, src.revision);
    const out = join(root, 'unpacked-include');
    await fetchArtifact(stored.url, stored.digest, out);
    assert.ok(listTree(out).includes('vendor/apps/podinfo.yaml'));
  });
});

import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fetchGitSource } from '../../../src/source/git/fetch-git-source.js';
import { resolveRemoteRevision } from '../../../src/source/git/resolve-remote-revision.js';
import { startGitHttpServer, type GitHttpServer } from '../../support/git-http-server.js';
import { tempDir, TestRepo } from '../../support/git-repo.js';

describe('fetching each kind of spec.ref over git http-backend', () => {
  let root: string;
  let server: GitHttpServer;
  let repo: TestRepo;
  let url: string;
  const sha: Record<string, string> = {};

  before(async () => {
    root = tempDir();
    repo = TestRepo.create(root, 'app');
    sha.first = repo.commit({ 'README.md': 'v0.1.0\n', 'deploy/app.yaml': 'kind: ConfigMap\n' }, 'first commit');
    repo.tag('v0.1.0');
    sha.second = repo.commit({ 'README.md': 'v0.2.0\n' }, 'second commit');
    repo.tag('v0.2.0', 'annotated release 0.2.0');
    sha.third = repo.commit({ 'README.md': 'v1.0.0-rc.1\n' }, 'third commit');
    repo.tag('v1.0.0-rc.1');
    repo.tag('not-a-version');
    repo.checkout('staging', true);
    sha.staging = repo.commit({ 'README.md': 'staging\n' }, 'staging work');
    repo.pushRef('refs/pull/7/head');
    repo.checkout('main');
    server = await startGitHttpServer({ root });
    url = `${server.url}/app.git`;
  });
  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const fetchInto = async (ref: Parameters<typeof fetchGitSource>[0]['ref']) => {
    const dir = join(root, `co-${Math.random().toString(36).slice(2)}`);
    const res = await fetchGitSource({ url, ref, dir });
    return { ...res, dir, readme: readFileSync(join(dir, 'README.md'), 'utf8') };
  };

  test('branch main gives revision main@sha1:<head> and checks out its files', async () => {
    const res = await fetchInto({ branch: 'main' });
    assert.equal(res.revision, `main@sha1:${sha.third}`);
    assert.equal(res.readme, 'v1.0.0-rc.1\n');
    assert.equal(res.commit.subject, 'third commit');
    assert.equal(res.commit.author.email, 'author@example.com');
    assert.equal(existsSync(join(res.dir, 'deploy/app.yaml')), true);
  });

  test('a branch other than main is fetched shallow (only its tip commit)', async () => {
    const res = await fetchInto({ branch: 'staging' });
    assert.equal(res.revision, `staging@sha1:${sha.staging}`);
    assert.equal(readFileSync(join(res.dir, '.git/shallow'), 'utf8').trim(), sha.staging);
  });

  test('a lightweight tag gives <tag>@sha1:<commit>', async () => {
    const res = await fetchInto({ tag: 'v0.1.0' });
    assert.equal(res.revision, `v0.1.0@sha1:${sha.first}`);
    assert.equal(res.readme, 'v0.1.0\n');
  });

  test('an annotated tag resolves to the commit it points at, not the tag object', async () => {
    const res = await fetchInto({ tag: 'v0.2.0' });
    assert.equal(res.revision, `v0.2.0@sha1:${sha.second}`);
  });

  test('semver picks the highest tag in the range and reports it like a tag', async () => {
    assert.equal((await fetchInto({ semver: '>=0.1.0 <1.0.0' })).revision, `v0.2.0@sha1:${sha.second}`);
    assert.equal((await fetchInto({ semver: '<v0.2.0' })).revision, `v0.1.0@sha1:${sha.first}`);
    assert.equal((await fetchInto({ semver: '>=1.0.0-0' })).revision, `v1.0.0-rc.1@sha1:${sha.third}`);
  });

  test('semver outranks tag and branch when several are set', async () => {
    const res = await fetchInto({ branch: 'staging', tag: 'v0.1.0', semver: '0.2.x' });
    assert.equal(res.revision, `v0.2.0@sha1:${sha.second}`);
  });

  test('name fetches any ref and keeps the full ref name in the revision', async () => {
    assert.equal((await fetchInto({ name: 'refs/pull/7/head' })).revision, `refs/pull/7/head@sha1:${sha.staging}`);
    assert.equal((await fetchInto({ name: 'refs/heads/main', tag: 'v0.1.0' })).revision, `refs/heads/main@sha1:${sha.third}`);
  });

  test('commit alone gives sha1:<commit>; with a branch it gives <branch>@sha1:<commit>', async () => {
    const bare = await fetchInto({ commit: sha.first!, name: 'refs/heads/staging' });
    assert.equal(bare.revision, `sha1:${sha.first}`);
    assert.equal(bare.readme, 'v0.1.0\n');
    const onBranch = await fetchInto({ branch: 'main', commit: sha.second! });
    assert.equal(onBranch.revision, `main@sha1:${sha.second}`);
    assert.equal(onBranch.readme, 'v0.2.0\n');
  });

  test('a commit is still found on an old server that refuses fetching unadvertised commits', async () => {
    const old = await startGitHttpServer({ root, protocolV0: true });
    try {
      const dir = join(root, 'co-v0');
      const res = await fetchGitSource({ url: `${old.url}/app.git`, ref: { commit: sha.first! }, dir });
      assert.equal(res.revision, `sha1:${sha.first}`);
      assert.equal(readFileSync(join(dir, 'README.md'), 'utf8'), 'v0.1.0\n');
    } finally {
      await old.close();
    }
  });

  test('a commit that is not on the given branch is refused', async () => {
    await assert.rejects(fetchInto({ branch: 'main', commit: sha.staging! }), /commit '[0-9a-f]{40}' is not in branch 'main'/);
  });

  test('no ref at all means branch master, which this repository lacks', async () => {
    await assert.rejects(fetchInto(undefined), { kind: 'RefNotFound', message: /couldn't find remote ref "refs\/heads\/master"/ });
  });

  test('a file:// URL to a local repository works (fluxion up on a local work tree)', async () => {
    const dir = join(root, 'co-file');
    const res = await fetchGitSource({ url: `file://${repo.bareDir}`, ref: { tag: 'v0.1.0' }, dir });
    assert.equal(res.revision, `v0.1.0@sha1:${sha.first}`);
  });

  test('resolveRemoteRevision predicts the revision the fetch produces, for every ref kind', async () => {
    const refs = [{ branch: 'main' }, { tag: 'v0.2.0' }, { semver: '~0.1' }, { name: 'refs/pull/7/head' }, { commit: sha.first! }];
    for (const ref of refs) {
      const remote = await resolveRemoteRevision({ url, ref });
      const fetched = await fetchInto(ref);
      assert.equal(remote.revision, fetched.revision, JSON.stringify(ref));
    }
  });

  test('the no-change check is a single git ls-remote process', async () => {
    const spawned: string[] = [];
    await resolveRemoteRevision({ url, ref: { semver: '*' } }, undefined, { onSpawn: (_pid, argv) => spawned.push(argv[1]!) });
    await resolveRemoteRevision({ url, ref: { branch: 'main' } }, undefined, { onSpawn: (_pid, argv) => spawned.push(argv[1]!) });
    assert.deepEqual(spawned, ['ls-remote', 'ls-remote']);
  });

  test('a new commit changes the remote revision; no commit leaves it equal (the no-change check)', async () => {
    const before = await resolveRemoteRevision({ url, ref: { branch: 'main' } });
    assert.equal((await resolveRemoteRevision({ url, ref: { branch: 'main' } })).revision, before.revision);
    const next = repo.commit({ 'new.txt': 'x\n' }, 'fourth commit');
    const after = await resolveRemoteRevision({ url, ref: { branch: 'main' } });
    assert.equal(after.revision, `main@sha1:${next}`);
    assert.notEqual(after.revision, before.revision);
  });
});

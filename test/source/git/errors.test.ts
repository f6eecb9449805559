import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fetchGitSource } from '../../../src/source/git/fetch-git-source.js';
import { GitAuth } from '../../../src/source/git/git-auth.js';
import { isGitError } from '../../../src/source/git/git-error.js';
import { resolveRemoteRevision } from '../../../src/source/git/resolve-remote-revision.js';
import { closedPort, startGitHttpServer, startSilentServer, type GitHttpServer } from '../../support/git-http-server.js';
import { tempDir, TestRepo } from '../../support/git-repo.js';

describe('failed fetches say why, each in its own words', () => {
  let root: string;
  let server: GitHttpServer;
  let url: string;

  before(async () => {
    root = tempDir();
    TestRepo.create(root, 'app').commit({ 'a.yaml': 'a: 1\n' }, 'initial');
    server = await startGitHttpServer({ root });
    url = `${server.url}/app.git`;
  });
  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const dir = () => join(root, `co-${Math.random().toString(36).slice(2)}`);

  test('an unknown branch: couldn\'t find remote ref "refs/heads/nosuch"', async () => {
    const err = await fetchGitSource({ url, ref: { branch: 'nosuch' }, dir: dir() }).catch((e: unknown) => e);
    assert.ok(isGitError(err));
    assert.equal(err.kind, 'RefNotFound');
    assert.equal(err.reason, 'GitOperationFailed');
    assert.equal(err.message, `unable to clone '${url}': couldn't find remote ref "refs/heads/nosuch"`);
  });

  test('the no-change check reports an unknown branch the same way', async () => {
    await assert.rejects(resolveRemoteRevision({ url, ref: { branch: 'nosuch' } }), { kind: 'RefNotFound', message: /couldn't find remote ref "refs\/heads\/nosuch"/ });
  });

  test('an unknown tag and a semver range nothing satisfies are ref-not-found errors', async () => {
    await assert.rejects(fetchGitSource({ url, ref: { tag: 'v9.9.9' }, dir: dir() }), { kind: 'RefNotFound', message: /refs\/tags\/v9\.9\.9/ });
    await assert.rejects(fetchGitSource({ url, ref: { semver: '>=5.0.0' }, dir: dir() }), { kind: 'RefNotFound', message: /no tag matches semver range '>=5.0.0'/ });
  });

  test('a repository that does not exist says repository not found', async () => {
    await assert.rejects(fetchGitSource({ url: `${server.url}/missing.git`, ref: { branch: 'main' }, dir: dir() }), {
      kind: 'RepositoryNotFound',
      message: /repository not found/,
    });
  });

  test('nothing listening on the port says host unreachable', async () => {
    const port = await closedPort();
    await assert.rejects(fetchGitSource({ url: `http://127.0.0.1:${port}/app.git`, ref: { branch: 'main' }, dir: dir() }), {
      kind: 'HostUnreachable',
      message: new RegExp(`unable to clone 'http://127.0.0.1:${port}/app.git': host unreachable`),
    });
    const auth = new GitAuth({ knownHosts: `[127.0.0.1]:${port} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n` });
    await assert.rejects(resolveRemoteRevision({ url: `ssh://git@127.0.0.1:${port}/app.git`, ref: { branch: 'main' } }, auth), {
      kind: 'HostUnreachable',
      message: /host unreachable \(ssh: connect to host 127\.0\.0\.1 port \d+: Connection refused/,
    });
  });

  test('a server that never answers is cut off at spec.timeout', async () => {
    const silent = await startSilentServer();
    try {
      const started = Date.now();
      await assert.rejects(fetchGitSource({ url: `${silent.url}/app.git`, ref: { branch: 'main' }, dir: dir(), timeoutMs: 700 }), {
        kind: 'Timeout',
        message: /timed out after 700ms \(spec\.timeout\)/,
      });
      assert.ok(Date.now() - started < 5000, 'git was killed promptly');
      const leftovers = readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((p) => {
        try {
          return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(`127.0.0.1:${silent.port}`);
        } catch {
          return false;
        }
      });
      assert.deepEqual(leftovers, [], 'no git or git-remote-http process survives the timeout');
    } finally {
      await silent.close();
    }
  });

  test('an aborted signal cancels the fetch', async () => {
    const silent = await startSilentServer();
    try {
      const ac = new AbortController();
      setTimeout(() => ac.abort(), 200);
      await assert.rejects(fetchGitSource({ url: `${silent.url}/app.git`, ref: { branch: 'main' }, dir: dir(), signal: ac.signal }), { kind: 'Canceled' });
    } finally {
      await silent.close();
    }
  });

  test('a missing git executable is named in the error', async () => {
    await assert.rejects(resolveRemoteRevision({ url, ref: { branch: 'main' } }, undefined, { gitPath: '/nonexistent/bin/git' }), {
      message: "'/nonexistent/bin/git' could not be started (ENOENT): is it installed?",
    });
  });

  test('a commit that is not a full SHA is refused before any network call', async () => {
    await assert.rejects(fetchGitSource({ url, ref: { commit: 'abc123' }, dir: dir() }), { message: /spec\.ref\.commit: 'abc123' is not a full commit SHA/ });
  });

  test('a non-empty checkout directory is refused rather than mixed with another tree', async () => {
    const d = dir();
    await fetchGitSource({ url, ref: { branch: 'main' }, dir: d });
    await assert.rejects(fetchGitSource({ url, ref: { branch: 'main' }, dir: d }), /is not empty/);
  });
});

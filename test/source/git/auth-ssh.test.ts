import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadGitAuth, type GitAuthFields, GitAuth } from '../../../src/source/git/git-auth.js';
import { fetchGitSource } from '../../../src/source/git/fetch-git-source.js';
import { resolveRemoteRevision } from '../../../src/source/git/resolve-remote-revision.js';
import { tempDir, TestRepo } from '../../support/git-repo.js';
import { generateSshKey, skipUnlessSshd, startGitSshServer, type GitSshServer, type SshKeyPair } from '../../support/git-ssh-server.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const PASSPHRASE = 'correct-horse-battery-staple';

describe('SSH authentication with identity and known_hosts', { skip: skipUnlessSshd() }, () => {
  let root: string;
  let keysDir: string;
  let server: GitSshServer;
  let head: string;
  let url: string;
  let plain: SshKeyPair;
  let protectedKey: SshKeyPair;
  let stranger: SshKeyPair;

  before(async () => {
    root = tempDir();
    keysDir = tempDir('fluxion-keys-');
    head = TestRepo.create(root, 'infra').commit({ 'cluster.yaml': 'kind: Namespace\n' }, 'ssh commit');
    plain = generateSshKey(keysDir, 'plain');
    protectedKey = generateSshKey(keysDir, 'protected', PASSPHRASE);
    stranger = generateSshKey(keysDir, 'stranger');
    server = await startGitSshServer([plain.publicKey, protectedKey.publicKey]);
    url = server.urlFor(join(root, 'infra.git'));
  });
  after(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(keysDir, { recursive: true, force: true });
  });

  const secret = (fields: Record<string, string>) => loadGitAuth(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, b64(v)])));
  const fetchWith = (auth: GitAuth, target = url) =>
    fetchGitSource({ url: target, ref: { branch: 'main' }, auth, dir: join(root, `co-${Math.random().toString(36).slice(2)}`), timeoutMs: 20_000 });

  test('an authorized identity with the right known_hosts fetches the branch', async () => {
    const res = await fetchWith(secret({ identity: plain.privateKey, known_hosts: server.knownHosts }));
    assert.equal(res.revision, `main@sha1:${head}`);
  });

  test('the no-change check (one ls-remote) works over SSH and matches the fetched revision', async () => {
    const remote = await resolveRemoteRevision({ url, ref: { branch: 'main' } }, secret({ identity: plain.privateKey, known_hosts: server.knownHosts }));
    assert.equal(remote.revision, `main@sha1:${head}`);
  });

  test('a passphrase-protected identity works with the passphrase in password', async () => {
    const res = await fetchWith(secret({ identity: protectedKey.privateKey, password: PASSPHRASE, known_hosts: server.knownHosts }));
    assert.equal(res.revision, `main@sha1:${head}`);
  });

  test('a wrong passphrase is an authentication error that does not repeat the passphrase', async () => {
    const err = await fetchWith(secret({ identity: protectedKey.privateKey, password: 'not-the-passphrase', known_hosts: server.knownHosts })).catch((e: Error) => e);
    assert.equal((err as { reason?: string }).reason, 'AuthenticationFailed');
    assert.match(String(err), /incorrect passphrase/);
    assert.doesNotMatch(String(err), /not-the-passphrase/);
  });

  test('a passphrase-protected identity without password says which secret key is missing', async () => {
    await assert.rejects(fetchWith(secret({ identity: protectedKey.privateKey, known_hosts: server.knownHosts })), { message: /secret key 'password'/ });
  });

  test('a key the server does not know is reported as authentication failed', async () => {
    await assert.rejects(fetchWith(secret({ identity: stranger.privateKey, known_hosts: server.knownHosts })), {
      kind: 'AuthenticationFailed',
      message: /authentication failed/,
    });
  });

  test('a host key that does not match known_hosts is refused', async () => {
    const wrongHost = server.knownHosts.replace(/ssh-ed25519 \S+/, plain.publicKey.split(' ').slice(0, 2).join(' '));
    await assert.rejects(fetchWith(secret({ identity: plain.privateKey, known_hosts: wrongHost })), {
      kind: 'HostKeyVerificationFailed',
      reason: 'AuthenticationFailed',
      message: /host key verification failed/,
    });
  });

  test('an SSH secret without known_hosts is rejected: host keys are always verified', async () => {
    const fields: GitAuthFields = { identity: plain.privateKey };
    await assert.rejects(fetchWith(new GitAuth(fields)), { kind: 'InvalidAuth', message: /'known_hosts' is required/ });
  });
});

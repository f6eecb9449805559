import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { GitAuth, loadGitAuth } from '../../../src/source/git/git-auth.js';
import { fetchGitSource } from '../../../src/source/git/fetch-git-source.js';
import { resolveRemoteRevision } from '../../../src/source/git/resolve-remote-revision.js';
import { generateTestPki, startGitHttpServer, type GitHttpServer, type TestPki } from '../../support/git-http-server.js';
import { tempDir, TestRepo } from '../../support/git-repo.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const PASSWORD = 's3cr3t-Pa55word-xyz';
const TOKEN = 'tok-9f8e7d6c5b4a-bearer';

describe('HTTP(S) authentication from the GitRepository secret', () => {
  let root: string;
  let pki: TestPki;
  let pkiDir: string;
  let head: string;
  let basic: GitHttpServer;
  let bearer: GitHttpServer;
  let tls: GitHttpServer;
  let mtls: GitHttpServer;

  before(async () => {
    root = tempDir();
    const repo = TestRepo.create(root, 'private');
    head = repo.commit({ 'app.yaml': 'kind: Namespace\n' }, 'initial');
    pkiDir = tempDir('fluxion-pki-');
    pki = generateTestPki(pkiDir);
    basic = await startGitHttpServer({ root, basicAuth: { username: 'flux', password: PASSWORD } });
    bearer = await startGitHttpServer({ root, bearerToken: TOKEN });
    tls = await startGitHttpServer({ root, basicAuth: { username: 'flux', password: PASSWORD }, tls: { key: pki.serverKey, cert: pki.serverCert } });
    mtls = await startGitHttpServer({ root, tls: { key: pki.serverKey, cert: pki.serverCert, clientCa: pki.caCert } });
  });
  after(async () => {
    await Promise.all([basic, bearer, tls, mtls].map((s) => s.close()));
    rmSync(root, { recursive: true, force: true });
    rmSync(pkiDir, { recursive: true, force: true });
  });

  const fetchWith = (url: string, auth: GitAuth) =>
    fetchGitSource({ url, ref: { branch: 'main' }, auth, dir: join(root, `co-${Math.random().toString(36).slice(2)}`) });

  test('basic auth with the right username/password makes the fetch succeed', async () => {
    const res = await fetchWith(`${basic.url}/private.git`, loadGitAuth({ username: b64('flux'), password: b64(PASSWORD) }));
    assert.equal(res.revision, `main@sha1:${head}`);
  });

  test('a wrong password is reported as authentication failed, without the password', async () => {
    const err = await fetchWith(`${basic.url}/private.git`, loadGitAuth({ username: b64('flux'), password: b64('wrong-password-123') })).catch((e: unknown) => e);
    assert.ok(err instanceof Error);
    assert.match(err.message, /authentication failed/);
    assert.equal((err as { reason?: string }).reason, 'AuthenticationFailed');
    assert.doesNotMatch(err.message, /wrong-password-123/);
  });

  test('no secret against a protected repository says authentication failed', async () => {
    await assert.rejects(resolveRemoteRevision({ url: `${basic.url}/private.git`, ref: { branch: 'main' } }), { kind: 'AuthenticationFailed' });
  });

  test('credentials embedded in spec.url work but never reach the message', async () => {
    const ok = await resolveRemoteRevision({ url: `http://flux:${PASSWORD}@127.0.0.1:${basic.port}/private.git`, ref: { branch: 'main' } });
    assert.equal(ok.sha, head);
    const err = await resolveRemoteRevision({ url: `http://flux:bad-pass-777@127.0.0.1:${basic.port}/private.git`, ref: { branch: 'main' } }).catch((e: Error) => e);
    assert.match(String(err), /authentication failed/);
    assert.doesNotMatch(String(err), /bad-pass-777|flux@/);
  });

  test('a bearer token is sent as an Authorization header and accepted', async () => {
    const res = await fetchWith(`${bearer.url}/private.git`, loadGitAuth({ bearerToken: b64(TOKEN) }));
    assert.equal(res.revision, `main@sha1:${head}`);
    assert.ok(bearer.authHeaders.includes(`Bearer ${TOKEN}`));
  });

  test('a wrong bearer token is reported as authentication failed', async () => {
    const err = await fetchWith(`${bearer.url}/private.git`, loadGitAuth({ bearerToken: b64('not-the-token-42') })).catch((e: Error) => e);
    assert.equal((err as { kind?: string }).kind, 'AuthenticationFailed');
    assert.doesNotMatch(String(err), /not-the-token-42/);
  });

  test('HTTPS with the self-signed CA in ca.crt succeeds', async () => {
    const auth = loadGitAuth({ username: b64('flux'), password: b64(PASSWORD), 'ca.crt': b64(pki.caCert) });
    assert.equal((await fetchWith(`${tls.url}/private.git`, auth)).revision, `main@sha1:${head}`);
  });

  test('HTTPS takes the CA from spec.certSecretRef when the secretRef has none', async () => {
    const auth = loadGitAuth({ username: b64('flux'), password: b64(PASSWORD) }, { 'ca.crt': b64(pki.caCert) });
    assert.equal((await resolveRemoteRevision({ url: `${tls.url}/private.git`, ref: { branch: 'main' } }, auth)).sha, head);
  });

  test('HTTPS without the CA fails with a TLS error, not an auth error', async () => {
    const auth = loadGitAuth({ username: b64('flux'), password: b64(PASSWORD) });
    await assert.rejects(fetchWith(`${tls.url}/private.git`, auth), { kind: 'TlsFailure', message: /TLS failure/ });
  });

  test('HTTPS with a CA that did not sign the server certificate fails with a TLS error', async () => {
    const auth = loadGitAuth({ username: b64('flux'), password: b64(PASSWORD), 'ca.crt': b64(pki.otherCaCert) });
    await assert.rejects(resolveRemoteRevision({ url: `${tls.url}/private.git`, ref: { branch: 'main' } }, auth), { kind: 'TlsFailure' });
  });

  test('mTLS: a client certificate from tls.crt/tls.key is accepted', async () => {
    const auth = loadGitAuth({ 'ca.crt': b64(pki.caCert), 'tls.crt': b64(pki.clientCert), 'tls.key': b64(pki.clientKey) });
    assert.equal((await fetchWith(`${mtls.url}/private.git`, auth)).revision, `main@sha1:${head}`);
  });

  test('mTLS: no client certificate is a TLS failure', async () => {
    await assert.rejects(fetchWith(`${mtls.url}/private.git`, loadGitAuth({ 'ca.crt': b64(pki.caCert) })), { kind: 'TlsFailure' });
  });

  test('tls.crt without tls.key is rejected before contacting the server', async () => {
    await assert.rejects(fetchWith(`${mtls.url}/private.git`, loadGitAuth({ 'tls.crt': b64(pki.clientCert) })), {
      kind: 'InvalidAuth',
      message: /'tls.crt' and 'tls.key' must be set together/,
    });
  });

  test('the auth value never prints its secrets (JSON or inspect)', () => {
    const auth = loadGitAuth({ username: b64('flux'), password: b64(PASSWORD), bearerToken: b64(TOKEN) });
    const shown = JSON.stringify(auth) + inspect(auth);
    assert.doesNotMatch(shown, new RegExp(`${PASSWORD}|${TOKEN}`));
    assert.match(shown, /flux/);
  });
});

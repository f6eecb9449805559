import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { classifyGitFailure } from '../../../src/source/git/classify-git-failure.js';
import { fetchGitSource } from '../../../src/source/git/fetch-git-source.js';
import { loadGitAuth } from '../../../src/source/git/git-auth.js';
import { startGitHttpServer, type GitHttpServer } from '../../support/git-http-server.js';
import { tempDir, TestRepo } from '../../support/git-repo.js';
import { generateSshKey, skipUnlessSshd, startGitSshServer, type GitSshServer } from '../../support/git-ssh-server.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const PASSWORD = 'pw-7Zq3LmN9-never-shown';
const TOKEN = 'bt-K2x8Pq4W-never-shown';
const PASSPHRASE = 'pp-Rt5Yh6Uj-never-shown';

/** Polls every process's argv while `work` runs; returns every git/ssh command line seen. */
async function watchCommandLines<T>(work: () => Promise<T>): Promise<{ result: T | Error; cmdlines: string[] }> {
  const seen = new Set<string>();
  let running = true;
  const poll = async () => {
    while (running) {
      for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
        try {
          const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
          if (/\b(git|ssh)\b|git-remote|upload-pack/.test(cmd)) seen.add(cmd);
        } catch {
          // exited meanwhile
        }
      }
      await new Promise((r) => setTimeout(r, 2));
    }
  };
  const poller = poll();
  const result = await work().catch((e: Error) => e);
  running = false;
  await poller;
  return { result, cmdlines: [...seen] };
}

describe('secrets never reach argv, messages or leftover files', () => {
  let root: string;
  let basic: GitHttpServer;
  let bearer: GitHttpServer;
  let sshd: GitSshServer | undefined;
  let keyDir: string;

  before(async () => {
    root = tempDir();
    keyDir = tempDir('fluxion-keys-');
    const repo = TestRepo.create(root, 'app');
    repo.commit({ 'a.yaml': 'a: 1\n' }, 'initial');
    repo.tag('v1.0.0');
    basic = await startGitHttpServer({ root, basicAuth: { username: 'flux', password: PASSWORD } });
    bearer = await startGitHttpServer({ root, bearerToken: TOKEN });
  });
  after(async () => {
    await Promise.all([basic.close(), bearer.close(), sshd?.close()]);
    rmSync(root, { recursive: true, force: true });
    rmSync(keyDir, { recursive: true, force: true });
  });

  const dir = () => join(root, `co-${Math.random().toString(36).slice(2)}`);

  test('basic-auth password and bearer token are not on any git command line during a fetch', async () => {
    const spawned: number[] = [];
    const a = await watchCommandLines(() =>
      fetchGitSource({ url: `${basic.url}/app.git`, ref: { branch: 'main' }, dir: dir(), auth: loadGitAuth({ username: b64('flux'), password: b64(PASSWORD) }), onSpawn: (pid) => spawned.push(pid) }),
    );
    const b = await watchCommandLines(() => fetchGitSource({ url: `${bearer.url}/app.git`, ref: { tag: 'v1.0.0' }, dir: dir(), auth: loadGitAuth({ bearerToken: b64(TOKEN) }) }));
    assert.ok(!(a.result instanceof Error) && !(b.result instanceof Error), 'both fetches succeed');
    assert.ok(spawned.length >= 2, 'git was spawned for the clone and to read the commit');
    const all = [...a.cmdlines, ...b.cmdlines];
    assert.ok(all.some((c) => c.includes(' clone ')), `the poller saw git clone: ${all.join(' | ')}`);
    assert.ok(all.some((c) => c.includes(' fetch ')), `the poller saw git fetch: ${all.join(' | ')}`);
    for (const c of all) assert.doesNotMatch(c, new RegExp(`${PASSWORD}|${TOKEN}|Bearer`), c);
  });

  test('SSH key and passphrase are not on any command line, and the key file is gone afterwards', { skip: skipUnlessSshd() }, async () => {
    const key = generateSshKey(keyDir, 'id', PASSPHRASE);
    sshd = await startGitSshServer([key.publicKey]);
    const tmp = tempDir('fluxion-home-');
    const modes: number[] = [];
    const auth = loadGitAuth({ identity: b64(key.privateKey), password: b64(PASSPHRASE), known_hosts: b64(sshd.knownHosts) });
    const { result, cmdlines } = await watchCommandLines(() =>
      fetchGitSource({
        url: sshd!.urlFor(join(root, 'app.git')),
        ref: { branch: 'main' },
        dir: dir(),
        auth,
        tmpDir: tmp,
        onSpawn: () => modes.push(...readdirSync(tmp).map((d) => statSync(join(tmp, d)).mode & 0o777)),
      }),
    );
    assert.ok(!(result instanceof Error), String(result));
    assert.ok(cmdlines.some((c) => c.startsWith('ssh ')), 'the poller saw ssh');
    const keyBody = key.privateKey.split('\n')[1]!;
    for (const c of cmdlines) assert.ok(!c.includes(PASSPHRASE) && !c.includes(keyBody), c);
    assert.ok(modes.length > 0 && modes.every((m) => m === 0o700), 'the private HOME is mode 0700');
    assert.deepEqual(readdirSync(tmp), [], 'the private HOME with the decrypted key was removed');
    rmSync(tmp, { recursive: true, force: true });
  });

  test('the private HOME is removed after a failed fetch too', async () => {
    const tmp = tempDir('fluxion-home-');
    await assert.rejects(fetchGitSource({ url: `${basic.url}/app.git`, ref: { branch: 'main' }, dir: dir(), auth: loadGitAuth({ username: b64('flux'), password: b64('bad-one-123') }), tmpDir: tmp }));
    assert.deepEqual(readdirSync(tmp), []);
    rmSync(tmp, { recursive: true, force: true });
  });

  test('a secret that git prints is blanked, and URLs lose userinfo and query, before the message', () => {
    const err = classifyGitFailure(
      { code: 128, stdout: '', timedOut: false, aborted: false, stderr: `fatal: unable to access 'https://flux:${PASSWORD}@host/r.git/?token=${TOKEN}': Failed to connect\n` },
      { action: "unable to clone 'https://host/r.git'", timeoutMs: 1000, secrets: [PASSWORD, TOKEN] },
    );
    assert.equal(err.kind, 'HostUnreachable');
    assert.doesNotMatch(err.message, new RegExp(`${PASSWORD}|${TOKEN}|flux@`));
    assert.match(err.message, /https:\/\/host\/r\.git\//);
  });
});

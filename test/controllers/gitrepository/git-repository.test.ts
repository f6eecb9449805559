import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import type { KubeObject } from '../../../src/cluster/client/index.js';
import { startGitHttpServer, type GitHttpServer } from '../../support/git-http-server.js';
import { TestRepo, tempDir } from '../../support/git-repo.js';
import { isReady, readyOf, startFluxEnv, type FluxEnv } from '../../support/flux-env.js';

let env: FluxEnv;
let git: GitHttpServer;
let root: string;
let repo: TestRepo;
const PASSWORD = 's3cr3t-p4ss';

const gitRepository = (name: string, spec: Record<string, unknown>): KubeObject => ({
  apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', metadata: { name, namespace: 'flux-system' },
  spec: { interval: '1m0s', ref: { branch: 'main' }, ...spec },
});
const ref = (name: string) => ({ apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', name, namespace: 'flux-system' });
const artifactOf = (o: KubeObject) => (o.status as { artifact?: { revision: string; digest: string; url: string } }).artifact;
const basicAuth = (name: string, password: string): KubeObject => ({
  apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: 'flux-system' },
  stringData: { username: 'flux', password },
});

before(async () => {
  root = tempDir();
  repo = TestRepo.create(root, 'platform');
  repo.commit({ 'apps/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n' }, 'Add app');
  git = await startGitHttpServer({ root, basicAuth: { username: 'flux', password: PASSWORD } });
  env = await startFluxEnv();
});
after(async () => {
  await env.close();
  await git.close();
  rmSync(root, { recursive: true, force: true });
});

test('a basic-auth secret makes the source Ready with a branch@sha1 revision', async () => {
  await env.apply(basicAuth('git-creds', PASSWORD), gitRepository('platform', { url: `${git.url}/platform.git`, secretRef: { name: 'git-creds' } }));
  const obj = await env.waitFor(ref('platform'), isReady);
  assert.equal(artifactOf(obj)?.revision, `main@sha1:${repo.head()}`);
  assert.match(artifactOf(obj)!.digest, /^sha256:[0-9a-f]{64}$/);
  assert.equal(readyOf(obj)?.message, `stored artifact for revision 'main@sha1:${repo.head()}'`);
});

test('a new commit is fetched on request and the artifact changes', async () => {
  const sha = repo.commit({ 'apps/cm2.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n' }, 'Add second app');
  await env.client.patch(ref('platform'), { metadata: { annotations: { 'reconcile.fluxcd.io/requestedAt': new Date().toISOString() } } });
  const obj = await env.waitFor(ref('platform'), (o) => artifactOf(o)?.revision === `main@sha1:${sha}`);
  assert.ok(isReady(obj));
});

test('wrong credentials fail with AuthenticationFailed, keep the last artifact, and never show the password', async () => {
  await env.apply(basicAuth('bad-creds', 'wrong-password-value'), gitRepository('platform-bad', { url: `${git.url}/platform.git`, secretRef: { name: 'bad-creds' } }));
  const failed = await env.waitFor(ref('platform-bad'), (o) => readyOf(o)?.status === 'False');
  assert.equal(readyOf(failed)?.reason, 'AuthenticationFailed');
  // The good source switches to bad credentials: it keeps serving its last artifact.
  const good = await env.client.get(ref('platform'));
  await env.apply(gitRepository('platform', { url: `${git.url}/platform.git`, secretRef: { name: 'bad-creds' } }));
  const after = await env.waitFor(ref('platform'), (o) => {
    const ready = readyOf(o) as { status: string; observedGeneration?: number } | undefined;
    return ready?.status === 'False' && ready.observedGeneration === o.metadata.generation;
  });
  assert.deepEqual(artifactOf(after), artifactOf(good));
  const events = await env.client.list({ apiVersion: 'v1', kind: 'Event', namespace: 'flux-system' });
  const text = JSON.stringify([events.items, failed.status, after.status]) + env.logs.join('');
  assert.ok(env.logs.length > 0, 'the controllers logged nothing');
  assert.ok(!text.includes('wrong-password-value') && !text.includes(PASSWORD), 'a password leaked into status, events or logs');
});

test('an unknown branch says so', async () => {
  await env.apply(gitRepository('no-branch', { url: `${git.url}/platform.git`, secretRef: { name: 'git-creds' }, ref: { branch: 'nosuch' } }));
  const obj = await env.waitFor(ref('no-branch'), (o) => readyOf(o)?.status === 'False');
  assert.equal(readyOf(obj)?.reason, 'GitOperationFailed');
  assert.match(readyOf(obj)!.message, /nosuch/);
});

test('spec.include copies another source\'s artifact into a sub-path and follows its new commits', async () => {
  const shared = TestRepo.create(root, 'shared');
  shared.commit({ 'policies/p.yaml': 'kind: Policy\n' }, 'Shared policies');
  await env.apply(
    gitRepository('shared', { url: `${git.url}/shared.git`, secretRef: { name: 'git-creds' } }),
    gitRepository('with-include', { url: `${git.url}/platform.git`, secretRef: { name: 'git-creds' }, include: [{ repository: { name: 'shared' }, fromPath: 'policies', toPath: 'vendor/policies' }] }),
  );
  const first = await env.waitFor(ref('with-include'), isReady, 20_000);
  const digest = artifactOf(first)!.digest;
  shared.commit({ 'policies/q.yaml': 'kind: Policy\n' }, 'Another policy');
  await env.client.patch(ref('shared'), { metadata: { annotations: { 'reconcile.fluxcd.io/requestedAt': 'now-include' } } });
  const updated = await env.waitFor(ref('with-include'), (o) => artifactOf(o)?.digest !== digest && isReady(o), 20_000);
  assert.equal(artifactOf(updated)!.revision, artifactOf(first)!.revision, 'the including repository itself did not change');
});

test('a symlink escaping the repository fails the artifact naming the link, and the last artifact is kept', async () => {
  const evil = TestRepo.create(root, 'evil');
  evil.commit({ 'ok.yaml': 'kind: ConfigMap\n' }, 'Fine');
  await env.apply(gitRepository('evil', { url: `${git.url}/evil.git`, secretRef: { name: 'git-creds' } }));
  const good = await env.waitFor(ref('evil'), isReady, 20_000);
  evil.symlink('leak', '/etc/passwd');
  evil.commit({}, 'Add a link out of the repository');
  await env.client.patch(ref('evil'), { metadata: { annotations: { 'reconcile.fluxcd.io/requestedAt': 'now-evil' } } });
  const failed = await env.waitFor(ref('evil'), (o) => readyOf(o)?.status === 'False', 20_000);
  assert.match(readyOf(failed)!.message, /leak/);
  assert.deepEqual(artifactOf(failed), artifactOf(good));
});

test('a field this version cannot honour (signature verification) stalls the source naming it, instead of being ignored', async () => {
  await env.apply(gitRepository('verified', { url: `${git.url}/platform.git`, secretRef: { name: 'git-creds' }, verify: { mode: 'HEAD', secretRef: { name: 'pgp-keys' } } }));
  const obj = await env.waitFor(ref('verified'), (o) => readyOf(o)?.status === 'False', 20_000);
  assert.match(readyOf(obj)!.message, /spec\.verify/);
  assert.equal(artifactOf(obj), undefined, 'nothing was fetched');
  const stalled = ((obj.status as { conditions: Array<{ type: string; status: string }> }).conditions).find((c) => c.type === 'Stalled');
  assert.equal(stalled?.status, 'True');
});

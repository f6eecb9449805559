import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { isReady, readyOf } from '../support/flux-env.js';
import { configMapYaml, gitRef, gitRepository, startCliEnv, type CliEnv } from './cli-env.js';
import { runCli } from './run-cli.js';

let c: CliEnv;
const revisionOf = (o: { status?: unknown }): string | undefined => (o.status as { artifact?: { revision?: string } }).artifact?.revision;

before(async () => {
  c = await startCliEnv({ 'app/cm.yaml': configMapYaml('a', 'default', { k: 'v' }) });
  await c.env.apply(gitRepository('platform', c.url), gitRepository('broken', `${c.url}-missing`), gitRepository('paused', c.url, { suspend: true }));
  await c.env.waitFor(gitRef('platform'), isReady);
  await c.env.waitFor(gitRef('broken'), (o) => readyOf(o)?.status === 'False');
});
after(() => c.close());

test('reconcile source git fetches a new commit at once and prints its revision', async () => {
  const sha = c.repo.commit({ 'app/cm2.yaml': configMapYaml('b', 'default', { k: 'v' }) }, 'Add b');
  const r = await runCli(['reconcile', 'source', 'git', 'platform'], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^► annotating GitRepository platform in flux-system namespace\n✔ GitRepository annotated\n◎ waiting for GitRepository reconciliation\n/);
  assert.match(r.stderr, new RegExp(`✔ fetched revision main@sha1:${sha}\\n$`));
  assert.equal(revisionOf(await c.env.client.get(gitRef('platform'))), `main@sha1:${sha}`);
});

test('a source that fails to reconcile exits 1 with its error on stderr', async () => {
  const r = await runCli(['reconcile', 'source', 'git', 'broken'], c.kubeconfig);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /✗ GitRepository reconciliation failed: .*platform\.git-missing/);
});

test('a suspended object is refused with a hint to resume it', async () => {
  const r = await runCli(['reconcile', 'source', 'git', 'paused'], c.kubeconfig);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /✗ GitRepository flux-system\/paused is suspended: resume it first/);
});

test('a missing name, a missing object and an unknown kind are errors', async () => {
  const noName = await runCli(['reconcile', 'source', 'git'], c.kubeconfig);
  assert.equal(noName.code, 1);
  assert.match(noName.stderr, /a name is required/);
  const missing = await runCli(['reconcile', 'source', 'git', 'ghost'], c.kubeconfig);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /ghost/);
  const kind = await runCli(['reconcile', 'gadget', 'x'], c.kubeconfig);
  assert.equal(kind.code, 1);
  assert.match(kind.stderr, /unknown kind "gadget x"/);
});

test('--timeout bounds the wait and names the object', async () => {
  await c.env.controllers.stop();
  try {
    const r = await runCli(['reconcile', 'source', 'git', 'platform', '--timeout', '1s'], c.kubeconfig);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /✗ timed out after 1s waiting for GitRepository\/flux-system\/platform/);
  } finally {
    // The controllers are gone for good in this env: this test runs last.
  }
});

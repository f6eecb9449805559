import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { isReady } from '../support/flux-env.js';
import { configMapYaml, gitRef, gitRepository, startCliEnv, type CliEnv } from './cli-env.js';
import { runCli } from './run-cli.js';

let c: CliEnv;
const suspended = async (name: string): Promise<boolean | undefined> =>
  ((await c.env.client.get(gitRef(name))).spec as { suspend?: boolean }).suspend;

before(async () => {
  c = await startCliEnv({ 'app/cm.yaml': configMapYaml('a', 'default', { k: 'v' }) });
  await c.env.apply(gitRepository('one', c.url), gitRepository('two', c.url));
  await c.env.waitFor(gitRef('one'), isReady);
  await c.env.waitFor(gitRef('two'), isReady);
});
after(() => c.close());

test('suspend NAME sets spec.suspend and the controller stops fetching', async () => {
  const r = await runCli(['suspend', 'source', 'git', 'one'], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, '► suspending GitRepository one in flux-system namespace\n✔ GitRepository suspended\n');
  assert.equal(await suspended('one'), true);
  assert.equal(await suspended('two'), undefined);
  // A commit is not fetched while suspended, even on request.
  const before = (await c.env.client.get(gitRef('one'))).status as { artifact?: { revision?: string } };
  c.repo.commit({ 'app/cm2.yaml': configMapYaml('b', 'default', { k: 'v' }) }, 'Add b');
  await c.env.client.patch(gitRef('one'), { metadata: { annotations: { 'reconcile.fluxcd.io/requestedAt': 'while-suspended' } } });
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(((await c.env.client.get(gitRef('one'))).status as { artifact?: { revision?: string } }).artifact?.revision, before.artifact?.revision);
});

test('resume NAME clears spec.suspend, waits for the reconcile and prints the new revision', async () => {
  const r = await runCli(['resume', 'source', 'git', 'one'], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(await suspended('one'), false);
  assert.match(r.stderr, /► resuming GitRepository one in flux-system namespace\n✔ GitRepository resumed\n◎ waiting for GitRepository one reconciliation\n/);
  assert.match(r.stderr, new RegExp(`✔ GitRepository one reconciliation completed \\(revision main@sha1:${c.repo.head()}\\)\\n$`));
});

test('suspend --all and resume --all act on every object of the kind in the namespace', async () => {
  const s = await runCli(['suspend', 'source', 'git', '--all'], c.kubeconfig);
  assert.equal(s.code, 0, s.stderr);
  assert.deepEqual([await suspended('one'), await suspended('two')], [true, true]);
  assert.equal(s.stderr.match(/✔ GitRepository suspended/g)?.length, 2);
  const r = await runCli(['resume', 'source', 'git', '--all'], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual([await suspended('one'), await suspended('two')], [false, false]);
  assert.equal(r.stderr.match(/reconciliation completed/g)?.length, 2);
});

test('resume of a source that then fails exits 1 and says why', async () => {
  await c.env.apply(gitRepository('bad', `${c.url}-gone`, { suspend: true }));
  const r = await runCli(['resume', 'source', 'git', 'bad'], c.kubeconfig);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /✗ GitRepository bad reconciliation failed: .*platform\.git-gone/);
});

test('without NAME or --all, and for a missing object, the command fails on stderr', async () => {
  const none = await runCli(['suspend', 'kustomization'], c.kubeconfig);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /✗ suspend kustomization: give a name or --all/);
  const missing = await runCli(['suspend', 'source', 'git', 'ghost'], c.kubeconfig);
  assert.equal(missing.code, 1);
  assert.equal(missing.stdout, '');
  assert.match(missing.stderr, /ghost/);
});

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CliEnv } from './cli-env.js';
import { ksRef } from './cli-env.js';
import { parseTable } from './parse-table.js';
import { platformFiles, startPlatform } from './platform-fixture.js';
import { runCli } from './run-cli.js';

let c: CliEnv;
before(async () => { c = await startPlatform(); });
after(() => c.close());

const replicas = async (): Promise<number> =>
  ((await c.env.client.get({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'web' })).spec as { replicas: number }).replicas;

test('get ks shows each Kustomization Ready with its applied revision', async () => {
  const r = await runCli(['get', 'ks'], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  const revision = `main@sha1:${c.repo.head()}`;
  assert.deepEqual(parseTable(r.stdout), ['apps', 'root'].map((name) => ({ NAME: name, REVISION: revision, SUSPENDED: 'False', READY: 'True', MESSAGE: `Applied revision: ${revision}` })));
});

test('reconcile ks --with-source fetches the new commit first, applies it and prints the revision', async () => {
  const sha = c.repo.commit({ 'apps/web.yaml': platformFiles['apps/web.yaml']!.replace('${replicas}', '3') }, 'Scale web');
  const r = await runCli(['reconcile', 'kustomization', 'apps', '--with-source'], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, new RegExp(`► annotating GitRepository platform in flux-system namespace\\n[^]*✔ fetched revision main@sha1:${sha}\\n► annotating Kustomization apps in flux-system namespace\\n`));
  assert.match(r.stderr, new RegExp(`✔ applied revision main@sha1:${sha}\\n$`));
  assert.equal(await replicas(), 3);
});

test('a Kustomization whose build fails exits 1 with the build error', async () => {
  c.repo.commit({ 'apps/kustomization.yaml': `${platformFiles['apps/kustomization.yaml']}  - missing.yaml\n` }, 'Break the build');
  const r = await runCli(['reconcile', 'ks', 'apps', '--with-source'], c.kubeconfig);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /✗ Kustomization reconciliation failed: .*missing\.yaml/);
  const failing = await runCli(['get', 'ks', '--status-selector', 'ready=false'], c.kubeconfig);
  assert.deepEqual(parseTable(failing.stdout).map((row) => [row.NAME, row.READY]), [['apps', 'False']]);
  assert.equal(await replicas(), 3, 'nothing applied from the broken revision');
  c.repo.commit({ 'apps/kustomization.yaml': platformFiles['apps/kustomization.yaml']! }, 'Fix the build');
  assert.equal((await runCli(['reconcile', 'ks', 'apps', '--with-source'], c.kubeconfig)).code, 0);
});

test('suspend and resume a Kustomization by name', async () => {
  const s = await runCli(['suspend', 'ks', 'apps'], c.kubeconfig);
  assert.equal(s.code, 0, s.stderr);
  assert.equal(((await c.env.client.get(ksRef('apps'))).spec as { suspend?: boolean }).suspend, true);
  const refused = await runCli(['reconcile', 'ks', 'apps'], c.kubeconfig);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /is suspended/);
  const r = await runCli(['resume', 'ks', 'apps'], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`✔ Kustomization apps reconciliation completed \\(revision main@sha1:${c.repo.head()}\\)`));
});

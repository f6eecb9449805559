import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClusterClient, type KubeObject, type ObjectRef } from '../../src/cluster/client/index.js';
import { git, tempDir } from '../support/git-repo.js';
import { runCli, startCli, type RunningCli } from '../cli/run-cli.js';

let root: string;
let work: string;
let up: RunningCli;
let client: ClusterClient;
let kubeconfig: string;

const cm = (name: string, value: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: default\ndata:\n  value: "${value}"\n`;
function commit(files: Record<string, string>, message: string): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(work, path, '..'), { recursive: true });
    writeFileSync(join(work, path), content);
  }
  git(work, 'add', '--all');
  git(work, 'commit', '--quiet', '-m', message);
}
async function waitFor(ref: ObjectRef, predicate: (o: KubeObject | undefined) => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!predicate(await client.get(ref).catch(() => undefined))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${ref.name}:\n${up.output().stdout}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const valueOf = (o: KubeObject | undefined): string | undefined => (o?.data as Record<string, string> | undefined)?.value;

before(async () => {
  root = tempDir('fluxion-up-source-');
  work = join(root, 'my-repo');
  mkdirSync(work);
  git(work, 'init', '--quiet');
  git(work, 'checkout', '--quiet', '-b', 'trunk');
  commit({ 'config/app.yaml': cm('app', 'one') }, 'First');
  // Uncommitted work is not synced: only the committed branch is.
  writeFileSync(join(work, 'config', 'draft.yaml'), cm('draft', 'x'));
  up = startCli(['up', work, '--state-dir', join(root, 'state')]);
  await up.waitForStdout(/press Ctrl-C to stop/, 20_000);
  kubeconfig = join(root, 'state', 'kubeconfig');
  client = await ClusterClient.fromKubeconfig({ path: kubeconfig });
});
after(async () => {
  client.close();
  await up.stop();
  rmSync(root, { recursive: true, force: true });
});

test('fluxion up SOURCE syncs a local work tree\'s current branch at its root', async () => {
  assert.match(up.output().stdout, new RegExp(`syncing file://${work} \\(branch trunk\\)`));
  await waitFor({ apiVersion: 'v1', kind: 'ConfigMap', name: 'app', namespace: 'default' }, (o) => valueOf(o) === 'one');
  const ks = await client.get({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', name: 'flux-system', namespace: 'flux-system' });
  assert.equal((ks.spec as { path: string }).path, './');
  assert.equal(await client.get({ apiVersion: 'v1', kind: 'ConfigMap', name: 'draft', namespace: 'default' }).then(() => 'found', () => 'absent'), 'absent');
});

test('a commit to the work tree is applied, and fluxion logs --follow shows the reconcile', async () => {
  const logs = startCli(['logs', '--follow', '--kind', 'GitRepository'], kubeconfig);
  await new Promise((r) => setTimeout(r, 300));
  const before = logs.output().stdout.length;
  commit({ 'config/app.yaml': cm('app', 'two') }, 'Second');
  await waitFor({ apiVersion: 'v1', kind: 'ConfigMap', name: 'app', namespace: 'default' }, (o) => valueOf(o) === 'two');
  const deadline = Date.now() + 5_000;
  while (logs.output().stdout.length <= before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const r = await logs.stop();
  assert.equal(r.code, 0, r.stderr);
  assert.ok(r.stdout.length > before, 'new lines arrived while following');
  assert.ok(r.stdout.trimEnd().split('\n').every((l) => / GitRepository\/flux-system\.flux-system - /.test(l)), r.stdout);
  const get = await runCli(['get', 'sources', 'git'], kubeconfig);
  assert.match(get.stdout, /^flux-system\s+trunk@sha1:[0-9a-f]{40}\s+False\s+True\s/m);
});

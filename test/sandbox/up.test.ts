import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClusterClient, type KubeObject, type ObjectRef } from '../../src/cluster/client/index.js';
import { isReady } from '../support/flux-env.js';
import { tempDir } from '../support/git-repo.js';
import { parseTable } from '../cli/parse-table.js';
import { runCli, startCli, type RunningCli } from '../cli/run-cli.js';

const KUSTOMIZATIONS = ['apps', 'crds', 'flux-system', 'infrastructure', 'namespaces'];
let stateDir: string;
let repo: string;
let kubeconfig: string;
let up: RunningCli;
let client: ClusterClient;

function commit(files: Record<string, string | null>, message: string): string {
  for (const [path, content] of Object.entries(files)) {
    if (content === null) rmSync(join(repo, path));
    else writeFileSync(join(repo, path), content);
  }
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: repo, encoding: 'utf8' }).trim();
  git('add', '--all');
  git('commit', '--quiet', '-m', message);
  return git('rev-parse', 'HEAD');
}

async function waitFor(ref: ObjectRef, predicate: (o: KubeObject | undefined) => boolean, timeoutMs = 20_000): Promise<KubeObject | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const obj = await client.get(ref).catch(() => undefined);
    if (predicate(obj)) return obj;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${ref.kind}/${ref.namespace ?? ''}/${ref.name}: ${JSON.stringify(obj?.status ?? null)}\n${up.output().stdout}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const podinfo = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'podinfo', namespace: 'apps' };
const ks = (name: string): ObjectRef => ({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', name, namespace: 'flux-system' });

before(async () => {
  stateDir = tempDir('fluxion-up-');
  repo = join(stateDir, 'example-repo');
  kubeconfig = join(stateDir, 'kubeconfig');
  up = startCli(['up', '--state-dir', stateDir, '--api-port', '0']);
  await up.waitForStdout(/export KUBECONFIG=/, 20_000);
  client = await ClusterClient.fromKubeconfig({ path: kubeconfig });
});
after(async () => {
  client?.close();
  const r = await up.stop();
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /► stopping\n$/);
  rmSync(stateDir, { recursive: true, force: true });
});

test('fluxion up brings every Kustomization of the bundled example to Ready and says so', async (t) => {
  const started = Date.now();
  for (const name of KUSTOMIZATIONS) await waitFor(ks(name), (o) => !!o && isReady(o), 60_000);
  t.diagnostic(`all Kustomizations Ready ${Date.now() - started} ms after the API server was up`);
  const { stdout } = up.output();
  assert.match(stdout, /^► sandbox running: API server https:\/\/127\.0\.0\.1:\d+\n {2}syncing file:\/\/.*example-repo \(branch main\)\n/m);
  for (const name of KUSTOMIZATIONS) assert.match(stdout, new RegExp(`✔ Kustomization flux-system/${name}: Applied revision: main@sha1:[0-9a-f]{40}`));
  const get = await runCli(['get', 'ks'], kubeconfig);
  assert.deepEqual(parseTable(get.stdout).map((r) => [r.NAME, r.READY]), KUSTOMIZATIONS.map((n) => [n, 'True']));
  // The example's overlay and substitutions are applied.
  const deploy = (await client.get(podinfo)) as KubeObject & { spec: { replicas: number; template: { metadata: { labels: Record<string, string> }; spec: { containers: Array<{ image: string }> } } } };
  assert.equal(deploy.spec.replicas, 2);
  assert.equal(deploy.spec.template.spec.containers[0]!.image, 'ghcr.io/stefanprodan/podinfo:6.7.1');
  assert.equal(deploy.spec.template.metadata.labels.tier, 'frontend');
  assert.equal(deploy.metadata.labels?.environment, 'dev');
});

test('fluxion check passes against the sandbox and fluxion logs reads its controllers\' log', async () => {
  const check = await runCli(['check'], kubeconfig);
  assert.equal(check.code, 0, check.stderr);
  assert.match(check.stderr, /✔ all checks passed\n$/);
  const logs = await runCli(['logs', '--kind', 'Kustomization', '--name', 'apps'], kubeconfig);
  assert.equal(logs.code, 0, logs.stderr);
  const lines = logs.stdout.trimEnd().split('\n');
  assert.ok(lines.length > 0);
  assert.ok(lines.every((l) => / Kustomization\/apps\.flux-system - /.test(l)), logs.stdout);
  const errors = await runCli(['logs', '--level', 'error', '--kind', 'GitRepository'], kubeconfig);
  assert.equal(errors.code, 0);
  assert.equal(errors.stdout, '');
});

test('a commit in the work tree is applied at once, without waiting for the interval', async (t) => {
  const file = join(repo, 'apps', 'local', 'kustomization.yaml');
  const started = Date.now();
  commit({ 'apps/local/kustomization.yaml': readFileSync(file, 'utf8').replace('count: 2', 'count: 3') }, 'Scale podinfo to 3');
  await waitFor(podinfo, (o) => (o?.spec as { replicas?: number } | undefined)?.replicas === 3, 20_000);
  const ms = Date.now() - started;
  t.diagnostic(`commit → applied in ${ms} ms`);
  assert.ok(ms < 10_000, `applied in ${ms} ms`);
});

test('a file deleted in a commit is pruned from the cluster', async () => {
  const service = { apiVersion: 'v1', kind: 'Service', name: 'podinfo', namespace: 'apps' };
  await waitFor(service, (o) => o !== undefined);
  const kfile = join(repo, 'apps', 'base', 'podinfo', 'kustomization.yaml');
  commit({
    'apps/base/podinfo/service.yaml': null,
    'apps/base/podinfo/kustomization.yaml': readFileSync(kfile, 'utf8').replace('  - service.yaml\n', ''),
  }, 'Remove the podinfo Service');
  await waitFor(service, (o) => o === undefined, 20_000);
  await waitFor(ks('apps'), (o) => !!o && isReady(o));
});

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClusterClient, type KubeObject, type ObjectRef } from '../../src/cluster/client/index.js';
import { isReady } from '../support/flux-env.js';
import { tempDir } from '../support/git-repo.js';
import { runCli } from '../cli/run-cli.js';
import { spawnFluxion, type FluxionProcess } from './fluxion-process.js';

const stateDir = tempDir('fluxion-restart-');
const running: FluxionProcess[] = [];
after(() => {
  for (const p of running) if (p.child.exitCode === null) p.child.kill('SIGKILL');
  rmSync(stateDir, { recursive: true, force: true });
});

const podinfo: ObjectRef = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'podinfo', namespace: 'apps' };
const source: ObjectRef = { apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', name: 'flux-system', namespace: 'flux-system' };
const ks = (name: string): ObjectRef => ({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', name, namespace: 'flux-system' });

function up(): FluxionProcess {
  const p = spawnFluxion(['up', '--state-dir', stateDir, '--api-port', '0']);
  running.push(p);
  return p;
}

async function until<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('after kill -9, a second fluxion up with the same state dir keeps everything and applies what was committed meanwhile', async () => {
  const first = up();
  await first.waitFor(/✔ Kustomization flux-system\/apps: Applied revision/);
  let client = await ClusterClient.fromKubeconfig({ path: join(stateDir, 'kubeconfig') });
  const before = { source: await client.get(source), podinfo: await client.get(podinfo), kustomizations: (await client.list({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization' })).items };
  client.close();

  first.child.kill('SIGKILL');
  assert.equal(await first.exited, 'SIGKILL');
  // A commit while the sandbox is down.
  const repo = join(stateDir, 'example-repo');
  const file = join(repo, 'apps', 'local', 'kustomization.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('count: 2', 'count: 4'));
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '--quiet', '-am', 'Scale to 4'], { cwd: repo });
  const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();

  const second = up();
  await second.waitFor(/export KUBECONFIG=/);
  client = await ClusterClient.fromKubeconfig({ path: join(stateDir, 'kubeconfig') });
  try {
    await until('podinfo scaled to 4', async () => ((await client.get(podinfo)).spec as { replicas: number }).replicas === 4 || undefined);
    for (const k of before.kustomizations) {
      const now = await until(`${k.metadata.name} Ready at the new revision`, async () => {
        const o: KubeObject = await client.get(ks(k.metadata.name!));
        return isReady(o) && (o.status as { lastAppliedRevision?: string }).lastAppliedRevision === `main@sha1:${sha}` ? o : undefined;
      });
      assert.equal(now.metadata.uid, k.metadata.uid, `Kustomization ${k.metadata.name} is the same object`);
    }
    assert.equal((await client.get(source)).metadata.uid, before.source.metadata.uid);
    assert.equal((await client.get(podinfo)).metadata.uid, before.podinfo.metadata.uid, 'the Deployment was updated, not recreated');
  } finally {
    client.close();
  }
  // While it runs, a third `fluxion up` on the same state dir is refused: two API servers would share one database.
  const third = await runCli(['up', '--state-dir', stateDir, '--api-port', '0']);
  assert.equal(third.code, 1);
  assert.match(third.stderr, new RegExp(`✗ state dir .* is in use by another fluxion up \\(pid ${second.pid}\\)`));
  second.child.kill('SIGKILL');
  await second.exited;
});

test('after kill -9 with nothing new in Git, the restarted sandbox still serves its stored artifacts', async () => {
  const third = up();
  await third.waitFor(/export KUBECONFIG=/);
  const kubeconfig = join(stateDir, 'kubeconfig');
  // Needs the artifact the first runs stored: its URL must still answer.
  const r = await runCli(['reconcile', 'kustomization', 'apps', '--with-source', '--timeout', '30s'], kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /✔ applied revision main@sha1:[0-9a-f]{40}\n$/);
  third.child.kill('SIGTERM');
  assert.equal(await third.exited, 0, third.output());
  assert.match(third.output(), /► stopping\n$/);
});

// `fluxion up` on the bundled example, as a user runs it: time to all Ready, commit-to-applied latency, and the
// sandbox's whole resident memory (API server + controllers + artifact server: one process). There is no Flux
// to run side by side here (it needs a real cluster); the reference figures are the aims from issue 8 and seed 004.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClusterClient } from '../../src/cluster/client/index.js';
import { isReady } from '../../test/support/flux-env.js';
import { tempDir } from '../../test/support/git-repo.js';
import { spawnFluxion, type FluxionProcess } from '../../test/sandbox/fluxion-process.js';

const KUSTOMIZATIONS = ['flux-system', 'namespaces', 'crds', 'infrastructure', 'apps'];
const COMMITS = 5;
const FLUX_CONTROLLERS_MIB = 300; // seed 004: Flux's five controllers alone

/** Resident memory of a process and all its descendants, in KiB (Linux /proc). */
function treeRssKiB(pid: number): number {
  const status = (p: number): string => { try { return readFileSync(`/proc/${p}/status`, 'utf8'); } catch { return ''; } };
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status(pid))?.[1] ?? 0);
  let children: number[] = [];
  try {
    children = readdirSync(`/proc/${pid}/task`).flatMap((t) => readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  } catch { /* process gone */ }
  return rss + children.reduce((sum, c) => sum + treeRssKiB(c), 0);
}

async function poll<T>(read: () => Promise<T | undefined>, timeoutMs: number, what: string, explain?: () => Promise<string>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out: ${what}${explain ? `\n${await explain().catch((e: Error) => e.message)}` : ''}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function main(): Promise<void> {
  const stateDir = tempDir('fluxion-up-bench-');
  const started = Date.now();
  const up = spawnFluxion(['up', '--state-dir', stateDir, '--api-port', '0']);
  let restarted: FluxionProcess | undefined;
  try {
    await up.waitFor(/export KUBECONFIG=/, 60_000);
    const apiUpMs = Date.now() - started;
    const client = await ClusterClient.fromKubeconfig({ path: join(stateDir, 'kubeconfig') });
    for (const name of KUSTOMIZATIONS) {
      await poll(async () => isReady(await client.get({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', name, namespace: 'flux-system' })) || undefined, 120_000, `${name} Ready`);
    }
    const readyMs = Date.now() - started;
    const rssReady = treeRssKiB(up.pid);

    const repo = join(stateDir, 'example-repo');
    const file = join(repo, 'apps', 'local', 'kustomization.yaml');
    const latencies: number[] = [];
    let peak = rssReady;
    for (let i = 0; i < COMMITS; i++) {
      const count = 3 + (i % 2);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/count: \d+/, `count: ${count}`));
      const t0 = Date.now();
      execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', 'commit', '--quiet', '-am', `Scale to ${count}`], { cwd: repo });
      await poll(async () => ((await client.get({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'podinfo', namespace: 'apps' })).spec as { replicas: number }).replicas === count || undefined, 60_000, `replicas ${count}`);
      latencies.push(Date.now() - t0);
      peak = Math.max(peak, treeRssKiB(up.pid));
      await new Promise((r) => setTimeout(r, 300));
    }
    await new Promise((r) => setTimeout(r, 2000));
    const rssSteady = treeRssKiB(up.pid);
    client.close();

    // kill -9, then a second `fluxion up` on the same state dir: time until everything is Ready again.
    up.child.kill('SIGKILL');
    await up.exited;
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    const restartStarted = Date.now();
    restarted = spawnFluxion(['up', '--state-dir', stateDir, '--api-port', '0']);
    await restarted.waitFor(/export KUBECONFIG=/, 60_000);
    const client2 = await ClusterClient.fromKubeconfig({ path: join(stateDir, 'kubeconfig') });
    for (const name of KUSTOMIZATIONS) {
      await poll(async () => {
        const o = await client2.get({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', name, namespace: 'flux-system' });
        return (isReady(o) && (o.status as { lastAppliedRevision?: string }).lastAppliedRevision === `main@sha1:${head}`) || undefined;
      }, 120_000, `${name} Ready after restart`, async () => JSON.stringify((await client2.get({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', name, namespace: 'flux-system' })).status, null, 1));
    }
    const restartMs = Date.now() - restartStarted;
    client2.close();

    const sorted = [...latencies].sort((a, b) => a - b);
    const mib = (kib: number): string => (kib / 1024).toFixed(1);
    console.log('fluxion up on examples/platform (5 Kustomizations, dependsOn chain, health checks)');
    console.log(`  API server answering:             ${apiUpMs} ms after spawn`);
    console.log(`  all Kustomizations Ready:         ${readyMs} ms after spawn`);
    console.log(`  commit → change applied (n=${COMMITS}):  median ${sorted[Math.floor(COMMITS / 2)]} ms, max ${sorted.at(-1)} ms  (aim < 2000 ms; ratio ${(sorted[Math.floor(COMMITS / 2)]! / 2000).toFixed(2)})`);
    console.log(`  kill -9 then fluxion up again:    all Ready ${restartMs} ms after the second spawn`);
    console.log(`  resident memory, whole sandbox:   ${mib(rssReady)} MiB at Ready, ${mib(rssSteady)} MiB steady, ${mib(peak)} MiB peak  (aim < 150 MiB; Flux's controllers alone ~${FLUX_CONTROLLERS_MIB} MiB: ratio ${(peak / 1024 / FLUX_CONTROLLERS_MIB).toFixed(2)})`);
  } finally {
    for (const p of [up, restarted]) {
      if (!p || p.child.exitCode !== null || p.child.signalCode !== null) continue;
      p.child.kill('SIGTERM');
      await p.exited;
    }
    if (existsSync(stateDir)) rmSync(stateDir, { recursive: true, force: true });
  }
}

await main();

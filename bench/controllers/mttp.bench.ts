// Mean time to production, in the shape of fluxcd/flux-benchmark: N Kustomizations, each a small app (Deployment scaled
// to 0, ServiceAccount, Service, Ingress) in its own folder of one repository, created at once. Measures the time until
// all are Ready and the controllers' peak memory, then a no-change reconcile of all of them (time per Kustomization,
// writes to the applied objects). Flux 2.9 publishes 4m13s / 223 MiB for 1,000 and 26 s / 134 MiB for 100 (2 CPUs,
// 20 workers). Usage: node dist/bench/controllers/mttp.bench.js [N=1000] [workers=20]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fluxCrds } from '../../src/api/crds.js';
import { startApiServer } from '../../src/apiserver/index.js';
import { ClusterClient, type KubeObject } from '../../src/cluster/client/index.js';
import { waitForCrdsEstablished } from '../../src/cluster/ssa/index.js';

const N = Number(process.argv[2] ?? 1000);
// Workers per controller: 20 as in Flux's published benchmark; Flux's default (--concurrent) is 4.
const WORKERS = process.argv[3] ?? '20';

function app(i: number): string {
  const name = `app-${i}`;
  return `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${name}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: 0
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      serviceAccountName: ${name}
      containers:
        - name: app
          image: ghcr.io/stefanprodan/podinfo:6.7.1
          ports: [{containerPort: 9898, name: http}]
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector: {app: ${name}}
  ports: [{port: 80, targetPort: http}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
spec:
  rules:
    - host: ${name}.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend: {service: {name: ${name}, port: {number: 80}}}
`;
}

function peakRssMiB(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'fluxion-mttp-'));
  const repo = join(work, 'repo');
  for (let i = 0; i < N; i++) {
    mkdirSync(join(repo, 'apps', `app-${i}`), { recursive: true });
    writeFileSync(join(repo, 'apps', `app-${i}`, 'app.yaml'), app(i));
  }
  const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, stdio: 'ignore' });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '--all');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '--quiet', '-m', 'apps');

  const api = await startApiServer({ stateDir: join(work, 'state'), kubeletDelayMs: 100 });
  const client = await ClusterClient.fromKubeconfig({ path: api.kubeconfigPath });
  const crds = fluxCrds() as KubeObject[];
  for (const crd of crds) await client.apply(crd, { fieldManager: 'bench', force: true });
  await waitForCrdsEstablished(client, crds, { timeoutMs: 30_000 });
  client.invalidateDiscovery();
  for (const ns of ['flux-system', 'apps']) await client.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } }, { fieldManager: 'bench', force: true });

  // The child runs the same way this script runs (compiled .js, or .ts under tsx).
  const childScript = fileURLToPath(new URL(`controllers-process${extname(fileURLToPath(import.meta.url))}`, import.meta.url));
  const child = spawn(process.execPath, [...process.execArgv, childScript, api.kubeconfigPath, join(work, 'artifacts'), WORKERS], { stdio: ['ignore', 'pipe', 'inherit'] });
  const metricsUrls = await new Promise<string[]>((ok) => child.stdout!.once('data', (line: Buffer) => ok(line.toString().trim().split(' ').slice(1))));
  // Scraped throughout, as Prometheus would (every 5 s): the series an object costs show in the peak.
  let scrapes = 0;
  const scraper = setInterval(() => {
    for (const url of metricsUrls) void fetch(url).then((r) => r.text()).then(() => scrapes++, () => undefined);
  }, 5000);

  const start = Date.now();
  await client.apply({ apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', metadata: { name: 'apps', namespace: 'flux-system' }, spec: { interval: '10m', ref: { branch: 'main' }, url: `file://${repo}` } }, { fieldManager: 'bench', force: true });
  await Promise.all(Array.from({ length: N }, (_, i) => client.apply({
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', metadata: { name: `app-${i}`, namespace: 'flux-system' },
    spec: { interval: '60m', path: `./apps/app-${i}`, prune: true, targetNamespace: 'apps', wait: true, timeout: '5m', sourceRef: { kind: 'GitRepository', name: 'apps' } },
  }, { fieldManager: 'bench', force: true })));
  const ready = async (): Promise<number> => (await client.list({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', namespace: 'flux-system' })).items
    .filter((k) => ((k.status as { conditions?: Array<{ type: string; status: string }> })?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True')).length;
  let peak = 0;
  for (let n = 0; n < N;) {
    await new Promise((r) => setTimeout(r, 500));
    peak = Math.max(peak, peakRssMiB(child.pid!));
    n = await ready();
    if (Date.now() - start > 15 * 60_000) throw new Error(`only ${n}/${N} Ready after 15 minutes`);
  }
  const mttpS = (Date.now() - start) / 1000;
  peak = Math.max(peak, peakRssMiB(child.pid!));

  const before = new Map((await client.list({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'apps' })).items.map((d) => [d.metadata.name, d.metadata.resourceVersion]));
  const t0 = Date.now();
  const token = `bench-${t0}`;
  await Promise.all(Array.from({ length: N }, (_, i) => client.patch({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', name: `app-${i}`, namespace: 'flux-system' }, { metadata: { annotations: { 'reconcile.fluxcd.io/requestedAt': token } } })));
  for (;;) {
    const list = await client.list({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', namespace: 'flux-system' });
    if (list.items.every((k) => (k.status as { lastHandledReconcileAt?: string }).lastHandledReconcileAt === token)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const noChangeMs = Date.now() - t0;
  const afterList = (await client.list({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'apps' })).items;
  const writes = afterList.filter((d) => before.get(d.metadata.name) !== d.metadata.resourceVersion).length;
  const peakWholeRun = peakRssMiB(child.pid!);
  clearInterval(scraper);

  console.log(`Kustomizations:                 ${N} (${WORKERS} workers per controller)`);
  console.log(`time until all Ready (MTTP):    ${mttpS.toFixed(1)} s   (Flux 2.9: ${N === 100 ? '26 s' : '253 s for 1,000'}; aim < 60 s for 1,000)`);
  console.log(`controllers peak RSS:           ${peak.toFixed(0)} MiB (Flux 2.9: ${N === 100 ? '134' : '223'} MiB; aim < 150 MiB)`);
  console.log(`  and over the whole run:       ${peakWholeRun.toFixed(0)} MiB (the no-change reconcile included; /metrics scraped ${scrapes} times)`);
  console.log(`no-change reconcile, all:       ${(noChangeMs / 1000).toFixed(1)} s = ${(noChangeMs / N).toFixed(1)} ms per Kustomization (aim < 20 ms)`);
  console.log(`writes to applied Deployments:  ${writes} (aim 0)`);
  if (N >= 1000) console.log(`ratio vs Flux 2.9 (time):       ${(mttpS / 253).toFixed(2)}`);

  child.kill('SIGTERM');
  client.close();
  await api.close();
  rmSync(work, { recursive: true, force: true });
}
void main();

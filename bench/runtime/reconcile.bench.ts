// 1,000 Widgets reconciled by a no-op reconciler on the controller runtime against the embedded API server.
// Phase 1: the objects exist, the runtime process starts: time from its start to the last Ready=True.
// Phase 2: 1,000 more objects are created while it runs: time from the first create to the last Ready=True.
// The runtime runs in its own process so that its resident memory is measured alone; it runs twice, with
// Node's default heap settings and with a 2 MiB young generation (what a controller deployment would set).
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApiServer } from '../../src/apiserver/index.js';
import { ClusterClient } from '../../src/cluster/client/index.js';
import { installWidgetCrd, widget } from '../../test/runtime/support/widget-crd.js';

const COUNT = 1000;
const AIM_MS = 5000;
const AIM_MIB = 80;

type Message = { type: string; rss?: number; heap?: number; peakRss?: number; cpuMs?: number; metricsUrl?: string };

const stateDir = mkdtempSync(join(tmpdir(), 'fluxion-bench-runtime-'));
const server = await startApiServer({ stateDir, kubeletDelayMs: false });
const client = await ClusterClient.fromKubeconfig({ path: server.kubeconfigPath });
await installWidgetCrd(client);
const here = fileURLToPath(import.meta.url);
const childPath = join(here, '..', `noop-runtime-child${here.endsWith('.ts') ? '.ts' : '.js'}`);
const mib = (b = 0) => (b / 1024 / 1024).toFixed(1);
const sec = (ms: number) => (ms / 1000).toFixed(2);

/** Creates `COUNT` widgets named `<prefix><i>` in `namespace`, 25 requests at a time. */
async function createAll(namespace: string, prefix: string): Promise<void> {
  const names = Array.from({ length: COUNT }, (_, i) => `${prefix}${i}`);
  for (let i = 0; i < names.length; i += 25) {
    await Promise.all(names.slice(i, i + 25).map((name) => client.create(widget(name, namespace, { interval: '10m' }))));
  }
}

/** Counts Ready=True widgets of a namespace from a watch (polling lists would load the server under test). */
function readyCounter(namespace: string, resourceVersion: string) {
  const ready = new Set<string>();
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const abort = new AbortController();
  void (async () => {
    for await (const ev of client.watch({ apiVersion: 'test.fluxion.dev/v1', kind: 'Widget', namespace, resourceVersion, signal: abort.signal })) {
      const conditions = (ev.object.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions ?? [];
      if (conditions.some((c) => c.type === 'Ready' && c.status === 'True')) ready.add(ev.object.metadata.name ?? '');
      for (const w of waiters.filter((x) => ready.size >= x.count)) w.resolve();
    }
  })();
  return {
    reach: (count: number) => new Promise<void>((resolve) => (ready.size >= count ? resolve() : waiters.push({ count, resolve }))),
    stop: () => abort.abort(),
  };
}

function ask(child: ChildProcess, type: string, answer: string): Promise<Message> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: Message) => m.type === answer && (child.off('message', onMessage), resolve(m));
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`runtime process exited (${code}) before "${answer}"`)));
    if (type) child.send({ type });
  });
}

async function scenario(namespace: string, live: boolean): Promise<void> {
  await client.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } });
  const list = await client.list({ apiVersion: 'test.fluxion.dev/v1', kind: 'Widget', namespace });
  const counter = readyCounter(namespace, list.resourceVersion);
  const t0 = performance.now();
  await createAll(namespace, 'pre');
  console.log(`runtime: the API server alone creates ${COUNT} objects in ${sec(performance.now() - t0)} s (25 requests at a time); each reconcile costs it 2 writes (status, event)`);
  const t1 = performance.now();
  const child = fork(childPath, [server.kubeconfigPath, namespace], { stdio: 'inherit', execArgv: process.execArgv });
  const started = await ask(child, '', 'ready');
  await counter.reach(COUNT);
  const phase1 = performance.now() - t1;
  const m1 = await ask(child, 'measure', 'measured');
  console.log(`runtime: ${COUNT} existing objects all Ready ${sec(phase1)} s after the runtime process started (aim < ${AIM_MS / 1000} s, ratio ${(phase1 / AIM_MS).toFixed(2)}); runtime CPU ${m1.cpuMs} ms`);
  console.log(`runtime: resident memory ${mib(started.rss)} MiB after start, ${mib(m1.peakRss)} MiB peak, ${mib(m1.rss)} MiB holding ${COUNT} objects after GC (V8 heap ${mib(m1.heap)} MiB) (aim < ${AIM_MIB} MiB, peak ratio ${((m1.peakRss ?? 0) / 1024 / 1024 / AIM_MIB).toFixed(2)})`);
  // What Prometheus adds: a few scrapes of every series (Flux's twelve condition series an object among them).
  const scrapes: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    bytes = (await (await fetch(started.metricsUrl!)).text()).length;
    scrapes.push(performance.now() - t);
  }
  const m3 = await ask(child, 'measure', 'measured');
  console.log(`runtime: 5 scrapes of /metrics (${(bytes / 1048576).toFixed(1)} MiB of text each, median ${Math.round([...scrapes].sort((a, b) => a - b)[2]!)} ms): ${mib(m3.peakRss)} MiB peak, ${mib(m3.rss)} MiB after GC`);
  if (live) {
    const t2 = performance.now();
    await createAll(namespace, 'live');
    const created = performance.now() - t2;
    await counter.reach(2 * COUNT);
    const phase2 = performance.now() - t2;
    const m2 = await ask(child, 'measure', 'measured');
    console.log(`runtime: ${COUNT} more objects created in ${sec(created)} s by the API server, all Ready ${sec(phase2)} s after the first create; ${mib(m2.peakRss)} MiB peak, ${mib(m2.rss)} MiB holding ${2 * COUNT} objects after GC`);
  }
  counter.stop();
  child.send({ type: 'stop' });
  await new Promise((resolve) => child.once('exit', resolve));
}

await scenario('bench', true);
console.log(`runtime: API server + bench driver CPU ${Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000)} ms`);
client.close();
await server.close();
rmSync(stateDir, { recursive: true, force: true });

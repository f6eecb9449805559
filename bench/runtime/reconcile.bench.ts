// 1,000 Widgets reconciled by a no-op reconciler on the controller runtime against the embedded API server.
// Phase 1: the objects exist, the runtime process starts: time from its start to the last Ready=True.
// Phase 2: 1,000 more objects are created while it runs: time from the first create to the last Ready=True.
// The runtime runs in its own process so that its peak resident memory is measured alone.
import { fork } from 'node:child_process';
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

const stateDir = mkdtempSync(join(tmpdir(), 'fluxion-bench-runtime-'));
const server = await startApiServer({ stateDir, kubeletDelayMs: false });
const client = await ClusterClient.fromKubeconfig({ path: server.kubeconfigPath });
await installWidgetCrd(client);
await client.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'bench' } });

type Message = { type: string; rss?: number; peakRss?: number; peakHeap?: number };
const createAll = async (prefix: string) => {
  const names = Array.from({ length: COUNT }, (_, i) => `${prefix}${i}`);
  for (let i = 0; i < names.length; i += 25) {
    await Promise.all(names.slice(i, i + 25).map((name) => client.create(widget(name, 'bench', { interval: '10m' }))));
  }
};

// Count Ready=True objects from a watch (polling the list would load the server we are measuring against).
const ready = new Set<string>();
const waiters: Array<{ count: number; resolve: () => void }> = [];
const readyCount = (count: number) => new Promise<void>((resolve) => (ready.size >= count ? resolve() : waiters.push({ count, resolve })));
const list = await client.list({ apiVersion: 'test.fluxion.dev/v1', kind: 'Widget', namespace: 'bench' });
const abort = new AbortController();
void (async () => {
  for await (const ev of client.watch({ apiVersion: 'test.fluxion.dev/v1', kind: 'Widget', namespace: 'bench', resourceVersion: list.resourceVersion, signal: abort.signal })) {
    const conditions = (ev.object.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions ?? [];
    if (conditions.some((c) => c.type === 'Ready' && c.status === 'True')) ready.add(ev.object.metadata.name ?? '');
    for (const w of waiters.filter((x) => ready.size >= x.count)) w.resolve();
  }
})();

await createAll('pre');
const here = fileURLToPath(import.meta.url);
const childPath = join(here, '..', `noop-runtime-child${here.endsWith('.ts') ? '.ts' : '.js'}`);
const t1 = performance.now();
const child = fork(childPath, [server.kubeconfigPath], { stdio: 'inherit' });
const messages: Message[] = [];
child.on('message', (m: Message) => messages.push(m));
const next = (type: string) =>
  new Promise<Message>((resolve, reject) => {
    const found = messages.find((m) => m.type === type);
    if (found) return resolve(found);
    child.on('message', (m: Message) => m.type === type && resolve(m));
    child.once('exit', (code) => reject(new Error(`runtime process exited (${code}) before "${type}"`)));
  });
const { rss: startRss = 0 } = await next('ready');
await readyCount(COUNT);
const phase1 = performance.now() - t1;

const t2 = performance.now();
await createAll('live');
const created = performance.now() - t2;
await readyCount(2 * COUNT);
const phase2 = performance.now() - t2;
abort.abort();
child.send({ type: 'stop' });
const { peakRss = 0, peakHeap = 0 } = await next('stopped');
console.log(`runtime: peak V8 heap in use ${(peakHeap / 1048576).toFixed(1)} MiB`);
const elapsed = Math.max(phase1, phase2);

const mib = (b: number) => (b / 1024 / 1024).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(2);
console.log(`runtime: ${COUNT} existing objects all Ready ${s(phase1)} s after the runtime process started (aim < ${AIM_MS / 1000} s, ratio ${(phase1 / AIM_MS).toFixed(2)})`);
console.log(`runtime: ${COUNT} objects created live in ${s(created)} s (API server), all Ready ${s(phase2)} s after the first create (ratio ${(phase2 / AIM_MS).toFixed(2)})`);
console.log(`runtime: resident memory ${mib(startRss)} MiB after start, ${mib(peakRss)} MiB peak with ${2 * COUNT} objects (aim < ${AIM_MIB} MiB, ratio ${(peakRss / 1024 / 1024 / AIM_MIB).toFixed(2)})`);
client.close();
await server.close();
rmSync(stateDir, { recursive: true, force: true });
if (elapsed > AIM_MS || peakRss > AIM_MIB * 1024 * 1024) process.exitCode = 1;

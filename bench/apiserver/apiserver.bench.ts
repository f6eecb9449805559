// Embedded API server figures: server-side applies of 5,000 ConfigMaps through @kubernetes/client-node (ops/s, p99),
// a list of 5,000, a watch fan-out to 100 watchers, and the server's resident memory holding 10,000 objects.
// No real kube-apiserver runs on this machine, so figures are printed against the aims instead of a ratio.
// client-node makes a new https.Agent per request (a full TLS handshake each time), so a second run over a
// keep-alive agent and the server's own CPU per apply show what the server sustains.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CoreV1Api, KubeConfig, KubernetesObjectApi, Watch, type KubernetesObject } from '@kubernetes/client-node';

const script = fileURLToPath(new URL(`./server-process.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url));

async function startServer(stateDir: string): Promise<{ child: ChildProcess; pid: number; kubeconfigPath: string }> {
  const child = spawn(process.execPath, [...process.execArgv, script, stateDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout?.on('data', (d: Buffer) => {
      buf += d.toString();
      if (buf.includes('\n')) resolve(buf.split('\n')[0] ?? '');
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${String(code)}`)));
  });
  return { child, ...(JSON.parse(line) as { pid: number; kubeconfigPath: string }) };
}

async function pool<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await work(items[next++] as T);
  }));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

function applyOverKeepAlive(server: string, token: string, agent: Agent, obj: KubernetesObject): Promise<void> {
  const url = `${server}/api/v1/namespaces/default/configmaps/${obj.metadata?.name ?? ''}?fieldManager=bench&force=true`;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'PATCH', agent, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/apply-patch+yaml' } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode && res.statusCode < 300 ? resolve() : reject(new Error(`apply: HTTP ${String(res.statusCode)}`))));
    });
    req.on('error', reject);
    req.end(JSON.stringify(obj));
  });
}

// CPU time the server process has used (ms), from /proc: the figure least disturbed by other load on the machine.
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function memoryReport(child: ChildProcess): Promise<{ rssBytes: number; heapUsedBytes: number }> {
  return new Promise((resolve) => {
    child.stdout?.once('data', (d: Buffer) => resolve(JSON.parse(d.toString().split('\n')[0] ?? '{}') as { rssBytes: number; heapUsedBytes: number }));
    child.kill('SIGUSR2');
  });
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/**
 * client-node as a long-running controller would configure it: the same calls, but one keep-alive agent for
 * every request instead of a new agent (and TLS handshake) per call, as client-go does.
 */
class SharedAgentKubeConfig extends KubeConfig {
  private shared: Agent | undefined;

  override async applySecurityAuthentication(context: Parameters<KubeConfig['applySecurityAuthentication']>[0]): Promise<void> {
    await super.applySecurityAuthentication(context);
    const made = context.getAgent() as Agent & { options?: Record<string, unknown> };
    this.shared ??= new Agent({ ...(made.options ?? {}), keepAlive: true, maxSockets: 16 });
    context.setAgent(this.shared);
  }
}

const stateDir = mkdtempSync(join(tmpdir(), 'fluxion-bench-'));
const server = await startServer(stateDir);
try {
  const kc = new KubeConfig();
  kc.loadFromFile(server.kubeconfigPath);
  const objects = KubernetesObjectApi.makeApiClient(kc);
  const core = kc.makeApiClient(CoreV1Api);
  const cm = (i: number, v = 'a'): KubernetesObject & { data: Record<string, string> } => ({
    apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm-${i}`, namespace: 'default', labels: { bench: 'yes', shard: String(i % 10) } },
    data: { index: String(i), value: v.repeat(64) },
  });
  await objects.patch(cm(99_999), undefined, undefined, 'bench', true, 'application/apply-patch+yaml'); // warm discovery and connections

  const n = 5000;
  const latencies: number[] = [];
  const cpu0 = cpuMs(server.pid);
  const start = performance.now();
  await pool([...Array(n).keys()], 16, async (i) => {
    const t = performance.now();
    await objects.patch(cm(i), undefined, undefined, 'bench', true, 'application/apply-patch+yaml');
    latencies.push(performance.now() - t);
  });
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(`server-side apply x${n} (client-node, 16 in flight): ${(n / seconds).toFixed(0)} applies/s, p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms, server CPU ${((cpuMs(server.pid) - cpu0) / n).toFixed(2)} ms/apply  (aim >= 2000/s, p99 < 20 ms)`);

  const shared = new SharedAgentKubeConfig();
  shared.loadFromFile(server.kubeconfigPath);
  const sharedObjects = KubernetesObjectApi.makeApiClient(shared);
  await sharedObjects.patch(cm(99_998), undefined, undefined, 'bench', true, 'application/apply-patch+yaml');
  const sharedLatencies: number[] = [];
  const cpuS = cpuMs(server.pid);
  const ts = performance.now();
  await pool([...Array(n).keys()], 16, async (i) => {
    const t = performance.now();
    await sharedObjects.patch(cm(i, 'c'), undefined, undefined, 'bench', true, 'application/apply-patch+yaml');
    sharedLatencies.push(performance.now() - t);
  });
  const sharedSeconds = (performance.now() - ts) / 1000;
  sharedLatencies.sort((a, b) => a - b);
  console.log(`server-side apply x${n} (client-node with one keep-alive agent, 16 in flight): ${(n / sharedSeconds).toFixed(0)} applies/s, p50 ${percentile(sharedLatencies, 0.5).toFixed(1)} ms, p99 ${percentile(sharedLatencies, 0.99).toFixed(1)} ms, server CPU ${((cpuMs(server.pid) - cpuS) / n).toFixed(2)} ms/apply  (aim >= 2000/s, p99 < 20 ms)`);

  const t0 = performance.now();
  const list = await core.listNamespacedConfigMap({ namespace: 'default', labelSelector: 'bench=yes' });
  console.log(`list of ${list.items.length} ConfigMaps: ${(performance.now() - t0).toFixed(0)} ms`);

  const watchers = 100;
  const events = 100;
  const counts = new Array<number>(watchers).fill(0);
  const controllers: AbortController[] = [];
  const rv = list.metadata?.resourceVersion ?? '';
  for (let w = 0; w < watchers; w++) {
    controllers.push(await new Watch(kc).watch('/api/v1/namespaces/default/configmaps', { resourceVersion: rv, labelSelector: 'shard=0' },
      () => { counts[w] = (counts[w] ?? 0) + 1; }, () => undefined));
  }
  const tw = performance.now();
  await pool([...Array(events).keys()], 8, async (i) => {
    await objects.patch(cm(i * 10, 'b'), undefined, undefined, 'bench', true, 'application/apply-patch+yaml');
  });
  while (counts.some((c) => c < events)) await new Promise((r) => setTimeout(r, 5));
  console.log(`watch fan-out: ${watchers} watchers each received ${events} events in ${(performance.now() - tw).toFixed(0)} ms (${(watchers * events).toFixed(0)} deliveries)`);
  for (const c of controllers) c.abort();

  // client-node opens a new https.Agent (a full TLS handshake) per request; a client that keeps connections
  // alive shows what the server itself sustains.
  const cluster = kc.getCurrentCluster();
  const agent = new Agent({ keepAlive: true, maxSockets: 16, ca: Buffer.from(cluster?.caData ?? '', 'base64') });
  const token = kc.getCurrentUser()?.token ?? '';
  const keepLatencies: number[] = [];
  const cpu1 = cpuMs(server.pid);
  const tk = performance.now();
  await pool([...Array(5000).keys()], 16, async (i) => {
    const t = performance.now();
    await applyOverKeepAlive(cluster?.server ?? '', token, agent, cm(n + i));
    keepLatencies.push(performance.now() - t);
  });
  keepLatencies.sort((a, b) => a - b);
  console.log(`server-side apply x5000 (keep-alive HTTPS, 16 in flight): ${(5000 / ((performance.now() - tk) / 1000)).toFixed(0)} applies/s, p50 ${percentile(keepLatencies, 0.5).toFixed(1)} ms, p99 ${percentile(keepLatencies, 0.99).toFixed(1)} ms, server CPU ${((cpuMs(server.pid) - cpu1) / 5000).toFixed(2)} ms/apply`);
  agent.destroy();
  await new Promise((r) => setTimeout(r, 500));
  const before = rssMiB(server.pid);
  const steady = await memoryReport(server.child);
  console.log(`server resident memory with ${n + 5000 + 4 + 5} objects: ${before.toFixed(0)} MiB, ${(steady.rssBytes / 1048576).toFixed(0)} MiB after a full GC (heap in use ${(steady.heapUsedBytes / 1048576).toFixed(0)} MiB)  (aim < 150 MiB)`);
} finally {
  server.child.kill('SIGTERM');
  await new Promise((r) => server.child.once('exit', r));
  rmSync(stateDir, { recursive: true, force: true });
}

// The runtime half of reconcile.bench.ts, in its own process so that its memory is measured alone: a no-op
// Widget reconciler on the ControllerRuntime watching one namespace, answering the parent's questions over IPC.
import { useLongRunningHeap } from '../../src/lib/long-running-heap.js';

// First, as `fluxion controllers` does before it loads its modules; so the rest is imported after.
useLongRunningHeap();
const { ClusterClient } = await import('../../src/cluster/client/index.js');
const { ControllerRuntime, createLogger } = await import('../../src/runtime/index.js');

const [kubeconfig, namespace] = process.argv.slice(2);
if (!kubeconfig || !namespace || !process.send) {
  console.error('usage: forked by reconcile.bench.ts with a kubeconfig path and a namespace');
  process.exit(2);
}
const client = await ClusterClient.fromKubeconfig({ path: kubeconfig });
const runtime = new ControllerRuntime({ client, component: 'bench-controller', logger: createLogger({ level: 'silent' }), concurrency: 8, namespace, metricsAddr: '127.0.0.1:0' });
runtime.register({
  apiVersion: 'test.fluxion.dev/v1',
  kind: 'Widget',
  conditionTable: { owned: [], summarize: [], negativePolarity: [] },
  async reconcile() {
    return { reason: 'Succeeded', message: 'nothing to do' };
  },
});
// The kernel's high-water mark of resident memory (maxRSS, KiB): every peak, however short.
const peakRss = (): number => process.resourceUsage().maxRSS * 1024;
const cpuMs = () => Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000);
await runtime.start();
process.send({ type: 'ready', rss: process.memoryUsage().rss, metricsUrl: runtime.metricsUrl });
process.on('message', (msg: { type: string }) => {
  if (msg.type === 'measure') {
    // Peak so far, then what the runtime keeps once garbage is collected (the bench runs with --expose-gc).
    const peak = peakRss();
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    process.send?.({ type: 'measured', peakRss: peak, rss: m.rss, heap: m.heapUsed, cpuMs: cpuMs() });
  } else if (msg.type === 'stop') {
    void runtime.stop().then(() => {
      client.close();
      process.disconnect();
    });
  }
});

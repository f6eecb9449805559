// The runtime half of reconcile.bench.ts, in its own process so that its memory is measured alone: a no-op
// Widget reconciler on the ControllerRuntime, reporting its peak resident memory to the parent over IPC.
import { ClusterClient } from '../../src/cluster/client/index.js';
import { ControllerRuntime, createLogger } from '../../src/runtime/index.js';

const kubeconfig = process.argv[2];
if (!kubeconfig || !process.send) {
  console.error('usage: forked by reconcile.bench.ts with a kubeconfig path');
  process.exit(2);
}
const client = await ClusterClient.fromKubeconfig({ path: kubeconfig });
const runtime = new ControllerRuntime({ client, component: 'bench-controller', logger: createLogger({ level: 'silent' }), concurrency: 8 });
runtime.register({
  apiVersion: 'test.fluxion.dev/v1',
  kind: 'Widget',
  conditionTable: { owned: [], summarize: [], negativePolarity: [] },
  async reconcile() {
    return { reason: 'Succeeded', message: 'nothing to do' };
  },
});
let peakRss = process.memoryUsage().rss;
let peakHeap = process.memoryUsage().heapUsed;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}, 50);
await runtime.start();
process.send({ type: 'ready', rss: process.memoryUsage().rss });
process.on('message', (msg: { type: string }) => {
  if (msg.type !== 'stop') return;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  clearInterval(sampler);
  void runtime.stop().then(() => {
    process.send?.({ type: "stopped", peakRss, peakHeap });
    client.close();
    process.disconnect();
  });
});

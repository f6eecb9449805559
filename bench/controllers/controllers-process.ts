// Child process of the MTTP benchmark: the controllers alone, against a kubeconfig, so their memory is measured apart
// from the API server's. Prints "ready" and its /metrics URLs once started; stops on SIGTERM.
import { useLongRunningHeap } from '../../src/lib/long-running-heap.js';

// First, as `fluxion controllers` does before it loads its modules; so the rest is imported after.
useLongRunningHeap();
const { ClusterClient } = await import('../../src/cluster/client/index.js');
const { createLogger } = await import('../../src/runtime/index.js');
const { startControllers } = await import('../../src/wiring/start-controllers.js');

async function main(): Promise<void> {
  const [kubeconfig, storageDir, concurrency] = process.argv.slice(2);
  const client = await ClusterClient.fromKubeconfig({ path: kubeconfig! });
  const running = await startControllers({ client, storageDir: storageDir!, defaultBranch: 'main', concurrency: Number(concurrency ?? 20), logger: createLogger({ level: 'silent' }), metricsAddr: '127.0.0.1:0' });
  process.stdout.write(`ready ${running.runtimes.map((rt) => rt.metricsUrl).join(' ')}\n`);
  // BENCH_MEMORY=1: report where resident memory goes (heap, external, array buffers), for tuning.
  if (process.env.BENCH_MEMORY) {
    setInterval(() => {
      const m = process.memoryUsage();
      const mib = (n: number) => (n / 1048576).toFixed(0);
      process.stderr.write(`mem rss=${mib(m.rss)} heapUsed=${mib(m.heapUsed)} heapTotal=${mib(m.heapTotal)} external=${mib(m.external)} arrayBuffers=${mib(m.arrayBuffers)}\n`);
    }, 2000).unref();
  }
  process.once('SIGTERM', () => void running.stop().then(() => process.exit(0)));
}
void main();

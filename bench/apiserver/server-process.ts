// The embedded API server alone in a process, so the benchmark can measure its CPU and memory apart from the client:
// `node server-process.js <stateDir>` prints one JSON line {url, kubeconfigPath, pid} once listening.
import { startApiServer } from '../../src/apiserver/index.js';

const stateDir = process.argv[2];
if (!stateDir) {
  process.stderr.write('usage: server-process <stateDir>\n');
  process.exit(2);
}
const server = await startApiServer({ stateDir, port: 0, kubeletDelayMs: false });
process.stdout.write(JSON.stringify({ url: server.url, kubeconfigPath: server.kubeconfigPath, pid: process.pid }) + '\n');
// SIGUSR2: collect garbage (when run with --expose-gc) and report resident memory, so the figure is steady state.
process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
  process.stdout.write(JSON.stringify({ rssBytes: process.memoryUsage().rss, heapUsedBytes: process.memoryUsage().heapUsed }) + '\n');
});
process.on('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});

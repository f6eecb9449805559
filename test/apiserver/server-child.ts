// Runs the embedded API server in its own process for durability tests and benchmarks:
// `node server-child.js <stateDir> [port]` prints one JSON line {url, kubeconfigPath, pid} when listening.
import { startApiServer } from '../../src/apiserver/index.js';

const [stateDir, port] = process.argv.slice(2);
if (!stateDir) {
  process.stderr.write('usage: server-child <stateDir> [port]\n');
  process.exit(2);
}
const server = await startApiServer({ stateDir, port: Number(port ?? 0), kubeletDelayMs: false });
process.stdout.write(JSON.stringify({ url: server.url, kubeconfigPath: server.kubeconfigPath, pid: process.pid }) + '\n');
process.on('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});

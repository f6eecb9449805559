import type { Command } from 'commander';
import { startApiServer } from '../../apiserver/index.js';

interface ClusterStartFlags {
  stateDir: string;
  port: string;
  address: string;
  kubeletDelay: string;
}

/** `fluxion cluster start`: runs the embedded Kubernetes API server until interrupted. */
export function registerCluster(program: Command): void {
  const cluster = program.command('cluster').description('the embedded Kubernetes API server');
  cluster
    .command('start')
    .description('serve the Kubernetes API on 127.0.0.1 and write <state-dir>/kubeconfig')
    .addHelpText('after', `
Workloads (Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs, Pods) get simulated status after
--kubelet-delay. An image whose reference contains "fluxion.dev/unready" or whose tag is ":unready" never
becomes ready (Deployments then reach ProgressDeadlineExceeded); "fluxion.dev/fail" or ":fail" fails a Job.
The server always speaks TLS with a CA generated into the state dir (kubectl sends tokens only over TLS).`)
    .option('--state-dir <dir>', 'folder for the database, token and kubeconfig', '.fluxion')
    .option('--port <n>', 'TCP port (0 = any free port)', '6443')
    .option('--address <ip>', 'address to bind (non-loopback addresses serve TLS)', '127.0.0.1')
    .option('--kubelet-delay <ms>', 'delay before simulated workloads report status', '200')
    .action(async (flags: ClusterStartFlags) => {
      const port = Number(flags.port);
      const delay = Number(flags.kubeletDelay);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        process.stderr.write(`fluxion cluster start: --port: invalid port "${flags.port}"\n`);
        process.exitCode = 2;
        return;
      }
      if (!Number.isFinite(delay) || delay < 0) {
        process.stderr.write(`fluxion cluster start: --kubelet-delay: invalid value "${flags.kubeletDelay}"\n`);
        process.exitCode = 2;
        return;
      }
      const log = {
        info: (o: object, m?: string) => process.stderr.write(JSON.stringify({ level: 'info', msg: m, ...o }) + '\n'),
        warn: (o: object, m?: string) => process.stderr.write(JSON.stringify({ level: 'warn', msg: m, ...o }) + '\n'),
        error: (o: object, m?: string) => process.stderr.write(JSON.stringify({ level: 'error', msg: m, ...o }) + '\n'),
      };
      const server = await startApiServer({ stateDir: flags.stateDir, port, address: flags.address, log, kubeletDelayMs: delay });
      process.stderr.write(`API server at ${server.url}\nkubeconfig: ${server.kubeconfigPath}\n`);
      await new Promise<void>((done) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(done);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}

import type { Command } from 'commander';
import { resolve } from 'node:path';
import { cliIO, interruptSignal } from '../cli-io.js';
import { connect } from '../connect.js';
import { globalFlags } from '../global-flags.js';
import { startControllers } from '../../wiring/start-controllers.js';

interface ControllersFlags { leaderElect?: boolean; metricsAddr?: string; storageDir: string; artifactAddr: string; concurrent: string }

/** `fluxion controllers`: every controller against the cluster of the kubeconfig, until SIGINT/SIGTERM. */
export function registerControllers(program: Command): void {
  program
    .command('controllers')
    .description('run the Fluxion controllers against a cluster (kubeconfig), until interrupted')
    .option('--leader-elect', 'take a Lease per controller so that only one replica acts')
    .option('--metrics-addr <addr>', 'serve Prometheus metrics here (source-controller; kustomize-controller on the next port)')
    .option('--storage-dir <dir>', 'where source artifacts are stored', '.fluxion/artifacts')
    .option('--artifact-addr <host:port>', 'artifact server address', '127.0.0.1:0')
    .option('--concurrent <n>', 'objects reconciled at once per controller', '4')
    .action(async (flags: ControllersFlags, cmd: Command) => {
      const g = globalFlags(cmd);
      const client = await connect(g);
      const [host, port] = flags.artifactAddr.split(/:(?=\d+$)/);
      const running = await startControllers({
        client,
        storageDir: resolve(flags.storageDir),
        artifactHost: host || '127.0.0.1',
        artifactPort: Number(port ?? 0),
        concurrency: Number(flags.concurrent),
        ...(flags.metricsAddr ? { metricsAddr: flags.metricsAddr } : {}),
        ...(flags.leaderElect ? { leaderElectionNamespace: g.namespace } : {}),
        onLostLeadership: () => process.kill(process.pid, 'SIGTERM'),
      });
      cliIO(cmd).stderr.write(`► controllers running against ${client.server}; artifacts served at ${running.artifactUrl}\n`);
      const interrupt = interruptSignal(cmd);
      await new Promise<void>((done) => {
        interrupt.signal.addEventListener('abort', () => void running.stop().finally(() => { interrupt.dispose(); client.close(); done(); }), { once: true });
      });
    });
}

import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import { packageRoot } from '../../lib/package-root.js';
import { startSandbox } from '../../sandbox/start-sandbox.js';
import { cliIO, interruptSignal } from '../cli-io.js';

interface UpFlags { path?: string; branch?: string; stateDir: string; apiPort: string; uiPort: string; interval: string }

function port(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${flag} ${value}: expected a port number (0: any free port)`);
  return n;
}

/**
 * `fluxion up [SOURCE]`: the whole GitOps loop on a laptop — embedded cluster, Flux CRDs, controllers, and the
 * flux-system sync for SOURCE (default: the bundled example). Runs until Ctrl-C, then stops cleanly.
 */
export function registerUp(program: Command): void {
  program
    .command('up')
    .description('run a local sandbox: embedded Kubernetes API, Flux CRDs and controllers syncing SOURCE')
    .argument('[source]', 'a local Git work tree or a Git URL (default: the bundled examples/platform)')
    .option('--path <path>', 'path in the repository to sync (default ./clusters/local when present, else ./)')
    .option('--branch <branch>', 'branch to follow (default: the work tree\'s current branch, or main)')
    .option('--state-dir <dir>', 'where the sandbox keeps its state', '.fluxion')
    .option('--api-port <port>', 'API server port (0: any free port)', '0')
    .option('--ui-port <port>', 'web UI port (0: no UI)', '0')
    .option('--interval <duration>', 'how often the source is checked for new commits', '1m0s')
    .action(async (source: string | undefined, flags: UpFlags, cmd: Command) => {
      const io = cliIO(cmd);
      const apiPort = port(flags.apiPort, '--api-port');
      port(flags.uiPort, '--ui-port');
      const interrupt = interruptSignal(cmd);
      const sandbox = await startSandbox({
        // Absolute, so the printed `export KUBECONFIG=…` works from any directory.
        stateDir: resolve(flags.stateDir),
        ...(source ? { source } : {}),
        exampleDir: join(packageRoot(), 'examples', 'platform'),
        ...(flags.path ? { path: flags.path } : {}),
        ...(flags.branch ? { branch: flags.branch } : {}),
        apiPort,
        interval: flags.interval,
        out: io.stdout,
      });
      io.stdout.write(
        `► sandbox running: API server ${sandbox.apiUrl}\n` +
        `  syncing ${sandbox.source.url} (branch ${sandbox.source.branch})\n` +
        `  export KUBECONFIG=${sandbox.kubeconfigPath}\n` +
        `  controller logs: ${sandbox.logFile}\n` +
        '  press Ctrl-C to stop\n',
      );
      await new Promise<void>((done) => {
        const stop = (): void => {
          io.stdout.write('► stopping\n');
          void sandbox.stop().finally(() => { interrupt.dispose(); done(); });
        };
        if (interrupt.signal.aborted) stop();
        else interrupt.signal.addEventListener('abort', stop, { once: true });
      });
    });
}

import type { Command } from 'commander';
import { join } from 'node:path';
import { packageRoot } from '../../lib/package-root.js';
import { startSandbox } from '../../sandbox/start-sandbox.js';

interface UpFlags { path?: string; branch?: string; stateDir: string; apiPort: string; uiPort: string; interval: string }

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
    .action(async (source: string | undefined, flags: UpFlags) => {
      const exampleDir = join(packageRoot(), 'examples', 'platform');
      const sandbox = await startSandbox({
        stateDir: flags.stateDir,
        ...(source ? { source } : {}),
        exampleDir,
        ...(flags.path ? { path: flags.path } : {}),
        ...(flags.branch ? { branch: flags.branch } : {}),
        apiPort: Number(flags.apiPort),
        interval: flags.interval,
        out: process.stdout,
      });
      process.stdout.write(
        `► sandbox running: API server ${sandbox.apiUrl}\n` +
        `  syncing ${sandbox.source.url} (branch ${sandbox.source.branch})\n` +
        `  export KUBECONFIG=${sandbox.kubeconfigPath}\n` +
        `  controller logs: ${sandbox.logFile}\n` +
        '  press Ctrl-C to stop\n',
      );
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.stdout.write('► stopping\n');
          void sandbox.stop().then(resolve, resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

import { ReconcileRequestAnnotation } from '../api/meta/annotations.js';
import { join } from 'node:path';
import { pino } from 'pino';
import { startApiServer, type ApiServerHandle } from '../apiserver/index.js';
import { ClusterClient } from '../cluster/client/index.js';
import { createLogger } from '../runtime/index.js';
import { startControllers, type RunningControllers } from '../wiring/start-controllers.js';
import { bootstrapSandbox } from './bootstrap-objects.js';
import { printProgress, type ProgressSink } from './progress-printer.js';
import { artifactPort } from './artifact-port.js';
import { releaseStaleLeases } from './release-stale-leases.js';
import { lockStateDir } from './state-dir-lock.js';
import { defaultSyncPath, prepareExampleRepo, resolveSandboxSource, type SandboxSource } from './sandbox-source.js';
import { watchCommits } from './watch-work-tree.js';

const NAMESPACE = 'flux-system';

/** `fluxion up`'s settings, read from flags by the CLI. */
export interface SandboxOptions {
  stateDir: string;
  /** A Git work tree or URL; absent: the bundled example (copied into the state dir as a repository). */
  source?: string;
  exampleDir: string;
  path?: string;
  branch?: string;
  apiPort?: number;
  interval?: string;
  out: ProgressSink;
}

/** A running sandbox. */
export interface Sandbox {
  kubeconfigPath: string;
  apiUrl: string;
  source: SandboxSource;
  /** The controllers' JSON log file (what `fluxion logs` reads). */
  logFile: string;
  stop(): Promise<void>;
}

/**
 * Starts the whole loop in one process: the embedded API server, the Flux CRDs, GitRepository and Kustomization
 * `flux-system` for the source, the controllers, a watch on a local work tree's commits, and progress lines.
 * State lives in `stateDir`, so a second start continues where the first stopped.
 */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const unlock = lockStateDir(options.stateDir);
  const cleanups: Array<() => Promise<void> | void> = [unlock];
  try {
    const api: ApiServerHandle = await startApiServer({ stateDir: options.stateDir, port: options.apiPort ?? 0 });
    cleanups.unshift(() => api.close());
    const client = await ClusterClient.fromKubeconfig({ path: api.kubeconfigPath });
    cleanups.unshift(() => client.close());
    const source = options.source
      ? resolveSandboxSource(options.source, options.branch)
      : resolveSandboxSource(prepareExampleRepo(options.exampleDir, options.stateDir), options.branch);
    await bootstrapSandbox(client, { source, path: options.path ?? defaultSyncPath(source.localRepo), interval: options.interval ?? '1m0s' });
    const logFile = join(options.stateDir, 'controllers.log');
    const logDestination = pino.destination({ dest: logFile, append: true, sync: false });
    cleanups.unshift(() => logDestination.end());
    const logger = createLogger({ destination: logDestination });
    // Leases make the controllers visible to `fluxion check`; a killed sandbox's leases would block for their duration.
    await releaseStaleLeases(client, NAMESPACE, ['source-controller-leader-election', 'kustomize-controller-leader-election']);
    const start = async (fresh: boolean): Promise<RunningControllers> => startControllers({
      client,
      storageDir: join(options.stateDir, 'artifacts'),
      // A stable port keeps the artifact URLs in the sources' status valid after a restart.
      artifactPort: await artifactPort(options.stateDir, fresh),
      defaultBranch: source.branch,
      leaderElectionNamespace: NAMESPACE,
      logger,
    });
    const controllers = await start(false).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EADDRINUSE') throw err;
      return start(true);
    });
    cleanups.unshift(() => controllers.stop());
    if (source.localRepo) {
      const ref = { apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', name: 'flux-system', namespace: 'flux-system' };
      cleanups.unshift(watchCommits(source.localRepo, () => {
        void client.patch(ref, { metadata: { annotations: { [ReconcileRequestAnnotation]: new Date().toISOString() } } }).catch(() => undefined);
      }));
    }
    cleanups.unshift(printProgress(client, options.out));
    return {
      kubeconfigPath: api.kubeconfigPath,
      apiUrl: api.url,
      source,
      logFile,
      async stop() {
        for (const c of cleanups.splice(0)) await c();
      },
    };
  } catch (err) {
    for (const c of cleanups.splice(0)) await Promise.resolve(c()).catch(() => undefined);
    throw err;
  }
}

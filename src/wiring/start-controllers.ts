import { mkdtemp } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArtifactStore } from '../artifact/artifact-store.js';
import { serveArtifacts, type ArtifactServer } from '../artifact/serve-artifacts.js';
import { UnpackedArtifactCache } from '../artifact/unpacked-artifact-cache.js';
import type { ClusterClient } from '../cluster/client/index.js';
import { gitRepositoryReconciler } from '../controllers/gitrepository/git-repository-reconciler.js';
import { kustomizationReconciler } from '../controllers/kustomization/kustomization-reconciler.js';
import { ControllerRuntime, type LeaderElectionOptions, type RuntimeLogger } from '../runtime/index.js';

/** Everything `fluxion controllers` and `fluxion up` configure, read once from flags by the caller. */
export interface ControllersOptions {
  client: ClusterClient;
  /** Where source artifacts are stored (`--storage-dir`). */
  storageDir: string;
  /** Artifact server address; loopback and a free port by default. */
  artifactHost?: string;
  artifactPort?: number;
  /** `--metrics-addr` of the source controller; the kustomize controller serves on the next port when given. */
  metricsAddr?: string;
  /** Lease namespace for `--leader-elect` (each component takes its own Lease, as Flux's controllers do). */
  leaderElectionNamespace?: string;
  /** Branch a GitRepository without `spec.ref` follows (Flux: `master`; the sandbox: the work tree's branch). */
  defaultBranch?: string;
  concurrency?: number;
  logger?: RuntimeLogger;
  onLostLeadership?: () => void;
}

/** Running controllers: the artifact server's URL and a graceful stop. */
export interface RunningControllers {
  artifactUrl: string;
  runtimes: ControllerRuntime[];
  stop(): Promise<void>;
}

function leaseFor(component: string, namespace: string | undefined): LeaderElectionOptions | undefined {
  if (!namespace) return undefined;
  return { namespace, name: `${component}-leader-election`, identity: `${hostname()}_${process.pid}` };
}

function metricsAddrFor(addr: string | undefined, offset: number): string | undefined {
  if (!addr || offset === 0) return addr;
  const m = /^(.*):(\d+)$/.exec(addr);
  return m && m[2] !== '0' ? `${m[1]}:${Number(m[2]) + offset}` : addr;
}

/**
 * Starts the source controller (GitRepository, with its artifact store and server) and the kustomize controller
 * (Kustomization), each a runtime of its own with Flux's component name, against one cluster client.
 */
export async function startControllers(options: ControllersOptions): Promise<RunningControllers> {
  const store = new ArtifactStore({ root: options.storageDir });
  const server: ArtifactServer = await serveArtifacts(store, { host: options.artifactHost ?? '127.0.0.1', port: options.artifactPort ?? 0 });
  store.setBaseUrl(server.url);
  const artifacts = new UnpackedArtifactCache(await mkdtemp(join(tmpdir(), 'fluxion-unpacked-')));
  const common = {
    client: options.client,
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.onLostLeadership ? { onLostLeadership: options.onLostLeadership } : {}),
  };
  const components: Array<[string, (rt: ControllerRuntime) => void]> = [
    ['source-controller', (rt) => rt.register(gitRepositoryReconciler({ store, ...(options.defaultBranch ? { defaultBranch: options.defaultBranch } : {}) }))],
    ['kustomize-controller', (rt) => rt.register(kustomizationReconciler({ artifacts }))],
  ];
  const runtimes = components.map(([component, register], i) => {
    const metricsAddr = metricsAddrFor(options.metricsAddr, i);
    const leaderElection = leaseFor(component, options.leaderElectionNamespace);
    const rt = new ControllerRuntime({ ...common, component, ...(metricsAddr ? { metricsAddr } : {}), ...(leaderElection ? { leaderElection } : {}) });
    register(rt);
    return rt;
  });
  await Promise.all(runtimes.map((rt) => rt.start()));
  return {
    artifactUrl: server.url,
    runtimes,
    async stop() {
      await Promise.all(runtimes.map((rt) => rt.stop()));
      await server.close();
      await artifacts.clear();
    },
  };
}

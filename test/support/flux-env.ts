import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fluxCrds } from '../../src/api/crds.js';
import { ClusterClient, type KubeObject, type ObjectRef } from '../../src/cluster/client/index.js';
import { waitForCrdsEstablished } from '../../src/cluster/ssa/index.js';
import { createLogger } from '../../src/runtime/index.js';
import { startControllers, type RunningControllers } from '../../src/wiring/start-controllers.js';
import { startTestApiServer, type TestApiServer } from './api-server.js';

/** A cluster with the Flux CRDs and running controllers, for end-to-end tests of the GitOps loop. */
export interface FluxEnv {
  server: TestApiServer;
  client: ClusterClient;
  controllers: RunningControllers;
  /** Every JSON log line the controllers wrote. */
  logs: string[];
  /** Server-side applies objects as a user would (`kubectl apply --server-side`). */
  apply(...objects: KubeObject[]): Promise<void>;
  /** Polls an object until `predicate` holds; returns it, or throws with the last state seen. */
  waitFor(ref: ObjectRef, predicate: (obj: KubeObject) => boolean, timeoutMs?: number): Promise<KubeObject>;
  close(): Promise<void>;
}

/** The object's Ready condition (undefined when not reconciled yet). */
export function readyOf(obj: KubeObject): { status: string; reason: string; message: string } | undefined {
  return ((obj.status as { conditions?: Array<{ type: string; status: string; reason: string; message: string }> } | undefined)?.conditions ?? [])
    .find((c) => c.type === 'Ready');
}

/** Whether Ready is True at the object's latest generation. */
export const isReady = (obj: KubeObject): boolean =>
  readyOf(obj)?.status === 'True' && (obj.status as { observedGeneration?: number }).observedGeneration === obj.metadata.generation;

/** Starts an API server, installs the Flux CRDs, creates `flux-system`, and starts the controllers. */
export async function startFluxEnv(options: { defaultBranch?: string } = {}): Promise<FluxEnv> {
  const server = await startTestApiServer({ kubeletDelayMs: 50 });
  const client = await ClusterClient.fromKubeconfig({ path: server.kubeconfigPath });
  const crds = fluxCrds() as KubeObject[];
  for (const crd of crds) await client.apply(crd, { fieldManager: 'test', force: true });
  await waitForCrdsEstablished(client, crds, { timeoutMs: 10_000 });
  client.invalidateDiscovery();
  await client.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'flux-system' } }, { fieldManager: 'test', force: true });
  const storageDir = mkdtempSync(join(tmpdir(), 'fluxion-artifacts-'));
  const logs: string[] = [];
  const controllers = await startControllers({
    client, storageDir, defaultBranch: options.defaultBranch ?? 'main', logger: createLogger({ level: 'debug', destination: { write: (line: string) => logs.push(line) } }),
  });
  return {
    server, client, controllers, logs,
    async apply(...objects) {
      for (const o of objects) await client.apply(o, { fieldManager: 'kubectl', force: true });
    },
    async waitFor(ref, predicate, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      let last: KubeObject | undefined;
      for (;;) {
        last = await client.get(ref).catch(() => undefined);
        if (last && predicate(last)) return last;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${ref.kind}/${ref.namespace ?? ''}/${ref.name}; last seen: ${JSON.stringify(last?.status ?? null)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async close() {
      await controllers.stop();
      client.close();
      await server.close();
      rmSync(storageDir, { recursive: true, force: true });
    },
  };
}

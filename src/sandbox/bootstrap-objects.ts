import { fluxCrds } from '../api/crds.js';
import type { ClusterClient, KubeObject } from '../cluster/client/index.js';
import { waitForCrdsEstablished } from '../cluster/ssa/index.js';
import { canonicalDuration } from '../lib/duration.js';
import type { SandboxSource } from './sandbox-source.js';

const MANAGER = 'fluxion';

/** What `fluxion up` syncs: like `flux bootstrap` leaves it, a GitRepository and a Kustomization named flux-system. */
export interface SyncSettings {
  source: SandboxSource;
  path: string;
  interval: string;
}

/** The flux-system GitRepository and Kustomization for the settings, as `flux bootstrap` writes them. */
export function syncObjects(s: SyncSettings): KubeObject[] {
  return [
    {
      apiVersion: 'source.toolkit.fluxcd.io/v1',
      kind: 'GitRepository',
      metadata: { name: 'flux-system', namespace: 'flux-system' },
      spec: { interval: canonicalDuration(s.interval), ref: { branch: s.source.branch }, url: s.source.url },
    },
    {
      apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
      kind: 'Kustomization',
      metadata: { name: 'flux-system', namespace: 'flux-system' },
      spec: { interval: '10m0s', path: s.path, prune: true, sourceRef: { kind: 'GitRepository', name: 'flux-system' } },
    },
  ];
}

/** Installs the Flux CRDs (waiting until served), the flux-system namespace, and the sync objects; idempotent. */
export async function bootstrapSandbox(client: ClusterClient, settings: SyncSettings): Promise<void> {
  const crds = fluxCrds() as KubeObject[];
  for (const crd of crds) await client.apply(crd, { fieldManager: MANAGER, force: true });
  await waitForCrdsEstablished(client, crds, { timeoutMs: 30_000 });
  client.invalidateDiscovery();
  await client.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'flux-system' } }, { fieldManager: MANAGER, force: true });
  for (const obj of syncObjects(settings)) await client.apply(obj, { fieldManager: MANAGER, force: true });
}

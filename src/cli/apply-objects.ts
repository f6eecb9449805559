import type { ClusterClient, KubeObject } from '../cluster/client/index.js';
import { waitForCrdsEstablished } from '../cluster/ssa/index.js';

/**
 * Server-side applies objects in order as `fluxion` (forcing ownership, as flux install does), waiting for each
 * CRD to be established so the custom resources after it can be applied; forgets cached discovery afterwards.
 */
export async function applyObjects(client: ClusterClient, objects: readonly KubeObject[]): Promise<void> {
  for (const o of objects) {
    await client.apply(o, { fieldManager: 'fluxion', force: true });
    if (o.kind === 'CustomResourceDefinition') await waitForCrdsEstablished(client, [o], { timeoutMs: 30_000 });
  }
  if (objects.some((o) => o.kind === 'CustomResourceDefinition')) client.invalidateDiscovery();
}

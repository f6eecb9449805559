import type { ClusterClient } from '../../cluster/client/index.js';
import { allObjectsForDeletion } from '../../cluster/inventory/index.js';
import { ResourceManager, describeChanges } from '../../cluster/ssa/index.js';
import type { ReconcileContext } from '../../runtime/reconciler.js';
import { WaitingError } from '../../runtime/errors/waiting-error.js';
import { ownerLabels, type KustomizationObject } from './kustomization-object.js';
import { FIELD_MANAGER } from './steps/apply-and-prune.js';

/** Other Kustomizations that still exist and list this one in `spec.dependsOn`. */
async function dependents(client: ClusterClient, ks: KustomizationObject): Promise<string[]> {
  const all = await client.list({ apiVersion: ks.apiVersion, kind: 'Kustomization' });
  return all.items
    .filter((other) => other.metadata.uid !== ks.metadata.uid && !other.metadata.deletionTimestamp)
    .filter((other) => ((other.spec as KustomizationObject['spec']).dependsOn ?? []).some((d) =>
      d.name === ks.metadata.name && (d.namespace ?? other.metadata.namespace) === ks.metadata.namespace))
    .map((other) => `${other.metadata.namespace}/${other.metadata.name}`);
}

/**
 * Cleans up a deleted Kustomization: with `spec.prune` (and not suspended), deletes everything in its inventory.
 * Deletion goes in reverse dependency order (kustomize-controller#301): while Kustomizations that depend on this
 * one still exist, it waits, so operators and CRDs outlive the apps that use them.
 */
export async function finalizeKustomization(ctx: ReconcileContext, ks: KustomizationObject, signal: AbortSignal): Promise<void> {
  if (!ks.spec.prune || ks.spec.suspend) return;
  const waitingFor = await dependents(ctx.client, ks);
  if (waitingFor.length > 0) {
    throw new WaitingError('DependencyNotReady', `deletion held: Kustomizations that depend on it still exist: ${waitingFor.join(', ')}`, 2_000);
  }
  const manager = new ResourceManager(ctx.client, { fieldManager: FIELD_MANAGER });
  const deleted = await manager.deleteAll(allObjectsForDeletion(ks.status?.inventory), { ownerLabels: ownerLabels(ks), signal });
  const changes = describeChanges(deleted);
  if (changes) ctx.event({ type: 'Normal', reason: 'Progressing', message: changes });
}

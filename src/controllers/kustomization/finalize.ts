import type { ClusterClient } from '../../cluster/client/index.js';
import { allObjectsForDeletion } from '../../cluster/inventory/index.js';
import { ResourceManager, describeChanges, type ChangeSet } from '../../cluster/ssa/index.js';
import { kustomizationDeletionPolicy } from '../../api/defaults/kustomization-defaults.js';
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
 * Cleans up a deleted Kustomization by `spec.deletionPolicy` (Flux's MirrorPrune default: delete the inventory when
 * `prune` is on; Delete; WaitForTermination, which also waits until the objects are gone; Orphan). A suspended one
 * is left alone. Deletion goes in reverse dependency order (kustomize-controller#301): while Kustomizations that
 * depend on this one still exist, it waits, so operators and CRDs outlive the apps that use them.
 */
export async function finalizeKustomization(ctx: ReconcileContext, ks: KustomizationObject, signal: AbortSignal): Promise<void> {
  const policy = kustomizationDeletionPolicy(ks.spec);
  if (policy === 'Orphan' || ks.spec.suspend) return;
  const waitingFor = await dependents(ctx.client, ks);
  if (waitingFor.length > 0) {
    throw new WaitingError('DependencyNotReady', `deletion held: Kustomizations that depend on it still exist: ${waitingFor.join(', ')}`, 2_000);
  }
  const manager = new ResourceManager(ctx.client, { fieldManager: FIELD_MANAGER });
  const deleted = await manager.deleteAll(allObjectsForDeletion(ks.status?.inventory), { ownerLabels: ownerLabels(ks), signal });
  const changes = describeChanges(deleted);
  if (changes) ctx.event({ type: 'Normal', reason: 'Progressing', message: changes });
  if (policy === 'WaitForTermination') await waitUntilGone(ctx.client, deleted, signal);
}

// WaitForTermination: the Kustomization goes only once its objects (and their finalizers) are gone.
async function waitUntilGone(client: ClusterClient, deleted: ChangeSet, signal: AbortSignal): Promise<void> {
  const left = deleted.filter((c) => c.action === 'deleted');
  for (const c of left) {
    const ref = { apiVersion: c.apiVersion, kind: c.kind, name: c.name, ...(c.namespace ? { namespace: c.namespace } : {}) };
    const present = await client.get(ref, { signal }).then(() => true, () => false);
    if (present) throw new WaitingError('Progressing', `waiting for ${c.subject} to be deleted (deletionPolicy: WaitForTermination)`, 1_000);
  }
}

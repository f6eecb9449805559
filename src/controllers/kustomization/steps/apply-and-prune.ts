import type { ResourceInventory } from '../../../api/inventory.js';
import type { ClusterClient, KubeObject } from '../../../cluster/client/index.js';
import { inventoryFromChangeSet, staleObjects } from '../../../cluster/inventory/index.js';
import { isApplyError, ResourceManager, type ChangeSet } from '../../../cluster/ssa/index.js';
import { ReconcileError } from '../../../runtime/errors/reconcile-error.js';
import { ownerLabels, type KustomizationObject } from '../kustomization-object.js';

/** Flux's field manager for everything kustomize-controller applies. */
export const FIELD_MANAGER = 'kustomize-controller';

/** What apply and prune did. */
export interface ApplyOutcome {
  applied: ChangeSet;
  pruned: ChangeSet;
  inventory: ResourceInventory;
}

/** Stamps Flux's owner labels on every object, so prune and `fluxion trace` can tell what this Kustomization owns. */
export function withOwnerLabels(ks: KustomizationObject, objects: readonly KubeObject[]): KubeObject[] {
  const labels = ownerLabels(ks);
  return objects.map((o) => ({ ...o, metadata: { ...o.metadata, labels: { ...(o.metadata.labels ?? {}), ...labels } } }));
}

/**
 * Applies the objects in stages (dry-run first; a refused stage writes nothing), then, with `spec.prune`,
 * deletes what the previous inventory had and this one does not. Never prunes after a failed apply.
 */
export async function applyAndPrune(client: ClusterClient, ks: KustomizationObject, objects: readonly KubeObject[], signal: AbortSignal): Promise<ApplyOutcome> {
  const manager = new ResourceManager(client, { fieldManager: FIELD_MANAGER });
  let applied: ChangeSet;
  try {
    applied = await manager.applyAllStaged(objects, { force: ks.spec.force ?? false, signal });
  } catch (err) {
    if (isApplyError(err)) throw new ReconcileError('ReconciliationFailed', err.message);
    throw err;
  }
  const inventory = inventoryFromChangeSet(applied);
  let pruned: ChangeSet = [];
  if (ks.spec.prune) {
    const stale = staleObjects(ks.status?.inventory, inventory);
    try {
      pruned = await manager.deleteAll(stale, { ownerLabels: ownerLabels(ks), signal });
    } catch (err) {
      throw new ReconcileError('PruneFailed', `prune failed: ${(err as Error).message}`);
    }
  }
  return { applied, pruned, inventory };
}

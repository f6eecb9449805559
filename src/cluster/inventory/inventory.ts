import type { ResourceInventory } from '../../api/inventory.js';
import {
  formatInventoryEntry, inventoryApiVersion, inventoryObjectOf, parseInventoryEntry, type ResourceRef,
} from '../../api/inventory-id.js';
import type { ObjectRef } from '../client/index.js';
import type { ChangeSet } from '../ssa/index.js';

/** The inventory of what an apply left in the cluster (skipped objects included: they are still Git's). */
export function inventoryFromChangeSet(changes: ChangeSet): ResourceInventory {
  const entries: ResourceRef[] = [];
  const seen = new Set<string>();
  for (const c of changes) {
    if (c.action === 'deleted') continue;
    const entry = formatInventoryEntry(inventoryObjectOf({ apiVersion: c.apiVersion, kind: c.kind, metadata: { name: c.name, namespace: c.namespace } }));
    if (!seen.has(entry.id)) {
      seen.add(entry.id);
      entries.push(entry);
    }
  }
  return { entries };
}

/** An inventory entry as an object reference for get/delete. */
export function refOfEntry(entry: ResourceRef): ObjectRef {
  const o = parseInventoryEntry(entry);
  const ref: ObjectRef = { apiVersion: inventoryApiVersion(o), kind: o.kind, name: o.name };
  if (o.namespace) ref.namespace = o.namespace;
  return ref;
}

// Deletion goes in reverse apply order, so namespaces and CRDs go after what lives in or on them.
function deletionRank(ref: ObjectRef): number {
  if (ref.kind === 'CustomResourceDefinition' || ref.kind === 'Namespace' || ref.kind === 'ClusterRole') return 2;
  return ref.kind.endsWith('Class') ? 1 : 0;
}

/**
 * Objects in the old inventory that the new one no longer has (matched by id, so an apiVersion bump is not a
 * removal), ordered for deletion: workloads first, then `*Class` kinds, then CRDs, Namespaces and ClusterRoles.
 */
export function staleObjects(previous: ResourceInventory | undefined, next: ResourceInventory): ObjectRef[] {
  const keep = new Set(next.entries.map((e) => e.id));
  const stale = (previous?.entries ?? []).filter((e) => !keep.has(e.id)).map(refOfEntry);
  return stale.sort((a, b) => deletionRank(a) - deletionRank(b));
}

/** Every object of an inventory, ordered for deletion (for pruning a Kustomization that is being deleted). */
export function allObjectsForDeletion(inventory: ResourceInventory | undefined): ObjectRef[] {
  return staleObjects(inventory, { entries: [] });
}

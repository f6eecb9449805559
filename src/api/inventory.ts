import { Type, type Static } from '@sinclair/typebox';

/** `ResourceRef`: one applied object in a Kustomization inventory, `id` = `<namespace>_<name>_<group>_<kind>`. */
export const ResourceRefSchema = Type.Object({
  id: Type.String({ description: 'ID is the string representation of the Kubernetes resource object\'s metadata, in the format \'<namespace>_<name>_<group>_<kind>\'.' }),
  v: Type.String({ description: 'Version is the API version of the Kubernetes resource object\'s kind.' }),
});
/** An inventory entry as stored. */
export type ResourceRef = Static<typeof ResourceRefSchema>;

/** `ResourceInventory`: `status.inventory.entries`. */
export const ResourceInventorySchema = Type.Object(
  { entries: Type.Array(ResourceRefSchema, { description: 'Entries of Kubernetes resource object references.' }) },
  { description: 'Inventory contains the list of Kubernetes resource object references that have been successfully applied.' },
);
/** A Kustomization inventory. */
export type ResourceInventory = Static<typeof ResourceInventorySchema>;

export {
  formatInventoryEntry, inventoryApiVersion, inventoryObjectOf, parseInventoryEntry, type InventoryObject,
} from './inventory-id.js';

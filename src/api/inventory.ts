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

/** An object identity as the inventory names it; `namespace` is `''` for cluster-scoped objects and `group` `''` for core. */
export interface InventoryObject {
  namespace: string;
  name: string;
  group: string;
  kind: string;
  /** API version without the group (`v1`), as Flux stores in `v`. */
  version: string;
}

/** Formats an inventory entry the way Flux does (`apps_web_apps_Deployment`, `v1`). */
export function formatInventoryEntry(obj: InventoryObject): ResourceRef {
  return { id: `${obj.namespace}_${obj.name}_${obj.group}_${obj.kind}`, v: obj.version };
}

/**
 * Parses an inventory entry. Names and namespaces cannot contain `_`, but groups can't either and kinds are
 * identifiers, so splitting on `_` is exact; throws naming the id when it does not have four parts.
 */
export function parseInventoryEntry(ref: ResourceRef): InventoryObject {
  const parts = ref.id.split('_');
  if (parts.length !== 4 || !parts[1] || !parts[3]) {
    throw new Error(`inventory entry ${JSON.stringify(ref.id)}: expected <namespace>_<name>_<group>_<kind>`);
  }
  const [namespace = '', name = '', group = '', kind = ''] = parts;
  return { namespace, name, group, kind, version: ref.v };
}

/** The `apiVersion` of an inventory object (`apps/v1`, or `v1` for the core group). */
export function inventoryApiVersion(obj: Pick<InventoryObject, 'group' | 'version'>): string {
  return obj.group === '' ? obj.version : `${obj.group}/${obj.version}`;
}

/** Builds an inventory object from an applied object's apiVersion, kind and metadata. */
export function inventoryObjectOf(obj: { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } }): InventoryObject {
  const slash = obj.apiVersion.lastIndexOf('/');
  return {
    namespace: obj.metadata.namespace ?? '',
    name: obj.metadata.name,
    group: slash < 0 ? '' : obj.apiVersion.slice(0, slash),
    kind: obj.kind,
    version: slash < 0 ? obj.apiVersion : obj.apiVersion.slice(slash + 1),
  };
}

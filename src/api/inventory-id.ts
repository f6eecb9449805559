// Inventory ids as plain functions, apart from the schema, so that code needing only ids loads no schema library.

/** An inventory entry as stored: `id` = `<namespace>_<name>_<group>_<kind>`, `v` = version. */
export interface ResourceRef {
  id: string;
  v: string;
}

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
  // cli-utils' ObjMetadata encoding: RBAC names may hold ':' (system:controller), written as '__'.
  return { id: `${obj.namespace}_${obj.name.replaceAll(':', '__')}_${obj.group}_${obj.kind}`, v: obj.version };
}

/**
 * Parses an inventory entry as cli-utils does: namespace up to the first `_`, kind and group from the last two, and the
 * name in between (where `__` stands for `:`, and an empty group makes a literal `__` that is not part of the name).
 * Throws naming the id when it does not have four parts.
 */
export function parseInventoryEntry(ref: ResourceRef): InventoryObject {
  const id = ref.id;
  const first = id.indexOf('_');
  const last = id.lastIndexOf('_');
  const beforeLast = first < last ? id.lastIndexOf('_', last - 1) : -1;
  if (first < 0 || beforeLast <= first || last === id.length - 1 || beforeLast === first + 1) {
    throw new Error(`inventory entry ${JSON.stringify(id)}: expected <namespace>_<name>_<group>_<kind>`);
  }
  return {
    namespace: id.slice(0, first),
    name: id.slice(first + 1, beforeLast).replaceAll('__', ':'),
    group: id.slice(beforeLast + 1, last),
    kind: id.slice(last + 1),
    version: ref.v,
  };
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

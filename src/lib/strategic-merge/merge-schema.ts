import type { JsonObject } from './json-value.js';

/**
 * What strategic merge needs to know about a type: the merge key and strategies of each field. Kubernetes' own
 * `Schema` (src/api/kubernetes) satisfies it structurally; lib/ must not import api/, so callers pass it in.
 */
export interface MergeSchema {
  /** The schema of a named field (or of map values); undefined when unknown. */
  field(name: string): MergeSchema | undefined;
  /** The schema of this list's items. */
  items(): MergeSchema | undefined;
  /** `x-kubernetes-patch-merge-key`. */
  readonly patchMergeKey: string | undefined;
  /** `x-kubernetes-patch-strategy`, split on commas: `merge`, `replace`, `retainKeys`. */
  readonly patchStrategies: readonly string[];
}

/**
 * Which implementation's observable behaviour to follow where they differ: `apimachinery` (the API server's
 * `strategicpatch`, the default) or `kyaml` (kustomize's merge2: patch elements first in merged lists, a map field
 * with `$patch: delete` is removed, `$setElementOrder`/`$retainKeys`/`$deleteFromPrimitiveList` are plain fields).
 */
export type MergeFlavor = 'apimachinery' | 'kyaml';

/** Options of `strategicMerge`. */
export interface StrategicMergeOptions {
  flavor?: MergeFlavor;
}

/** The strategy of a field other than `retainKeys` (`merge`, `replace` or ''). */
export function listStrategy(schema: MergeSchema | undefined): string {
  if (!schema) return '';
  return schema.patchStrategies.find((s) => s !== 'retainKeys') ?? '';
}

/** What every recursive step needs: the flavour and a merge function for nested maps. */
export interface MergeContext {
  flavor: MergeFlavor;
  mergeMap(original: JsonObject | undefined, patch: JsonObject, schema: MergeSchema | undefined, path: string): JsonObject;
}

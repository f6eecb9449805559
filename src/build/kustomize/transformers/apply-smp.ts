import { Schema } from '../../../api/kubernetes/index.js';
import { isJsonObject, isStrategicMergeError, strategicMerge, type JsonObject, type MergeSchema } from '../../../lib/strategic-merge/index.js';
import { KustomizeError } from '../kustomize-error.js';
import { resIdString } from '../res-id.js';
import type { ResMap } from '../res-map.js';
import type { Resource } from '../resource.js';

/** Options of a patch entry. */
export interface SmpOptions { allowNameChange?: boolean; allowKindChange?: boolean }

/** The merge schema kustomize uses for a kind: Kubernetes' own for built-in kinds, none for custom kinds. */
export function mergeSchemaFor(apiVersion: string, kind: string): MergeSchema | undefined {
  return Schema.forBuiltin(apiVersion, kind);
}

/**
 * Applies a strategic merge patch to one resource the way kustomize does (kyaml's merge: patch items first in merged
 * lists; a top-level `$patch: delete` removes the resource from the map). Name, namespace and kind are kept unless
 * the options allow changing them.
 */
export function applySmpToResource(rm: ResMap, r: Resource, patch: JsonObject, options: SmpOptions, file: string): void {
  if (patch.$patch === 'delete') {
    rm.remove(r);
    return;
  }
  const { name, namespace, kind } = r;
  if (options.allowNameChange || options.allowKindChange) r.storePreviousId();
  const p: JsonObject = { ...patch, apiVersion: r.apiVersion, kind: options.allowKindChange && typeof patch.kind === 'string' ? patch.kind : r.kind };
  let merged: JsonObject;
  try {
    merged = strategicMerge(r.obj, p, mergeSchemaFor(r.apiVersion, kind), { flavor: 'kyaml' });
  } catch (err) {
    if (isStrategicMergeError(err)) throw new KustomizeError(`${file}: failed to apply patch to ${resIdString(r.id)}: ${err.message}`, file);
    throw err;
  }
  r.obj = merged;
  if (!options.allowKindChange) r.obj.kind = kind;
  if (!options.allowNameChange) r.name = name;
  if (namespace) r.metadata.namespace = namespace;
  else if (isJsonObject(r.obj.metadata)) delete (r.obj.metadata as JsonObject).namespace;
}

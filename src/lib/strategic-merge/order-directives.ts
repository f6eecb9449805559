import { isJsonObject, type JsonObject, type JsonValue } from './json-value.js';
import { listStrategy, type MergeContext, type MergeSchema } from './merge-schema.js';
import { StrategicMergeError } from './strategic-merge-error.js';
import { itemKind, mergeList } from './merge-list.js';
import { normalizeElementOrder, partitionByPresence } from './element-order.js';

const RETAIN_KEYS = '$retainKeys';
const SET_ORDER = '$setElementOrder/';
const DELETE_PRIMITIVE = '$deleteFromPrimitiveList/';

/**
 * `$retainKeys`: removes from `original` every key not listed; every (non-null) key of the patch must be listed.
 * Removes the directive from `patch`.
 */
export function applyRetainKeys(original: JsonObject, patch: JsonObject, path: string): void {
  if (!(RETAIN_KEYS in patch)) return;
  const list = patch[RETAIN_KEYS];
  delete patch[RETAIN_KEYS];
  if (!Array.isArray(list)) throw new StrategicMergeError('$retainKeys must be a list of field names', path);
  const keep = new Set(list);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || k.startsWith(DELETE_PRIMITIVE) || k.startsWith(SET_ORDER)) continue;
    if (!keep.has(k)) throw new StrategicMergeError(`field "${k}" is in the patch but not in $retainKeys`, path);
  }
  for (const k of Object.keys(original)) if (!keep.has(k)) delete original[k];
}

function checkOrderList(patchList: JsonValue[], order: JsonValue[], mergeKey: string, path: string): void {
  if (order.length === 0 || patchList.length === 0) return;
  const live = mergeKey ? patchList.filter((v) => !(isJsonObject(v) && v.$patch === 'delete')) : patchList;
  let pi = 0;
  let oi = 0;
  while (pi < live.length && oi < order.length) {
    const p = live[pi]!;
    if (isJsonObject(p) && '$patch' in p) { pi++; continue; }
    const o = order[oi]!;
    const equal = mergeKey ? isJsonObject(p) && isJsonObject(o) && p[mergeKey] === o[mergeKey] : p === o;
    if (equal) pi++;
    oi++;
  }
  if (pi < live.length) throw new StrategicMergeError(`the order in the patch list does not match ${SET_ORDER}`, path);
}

/**
 * `$setElementOrder/<field>`: merges the field's patch list now and orders the result as listed, keeping live-only
 * items where they were. Removes the directive and the processed list from `patch`.
 */
export function applySetElementOrder(
  original: JsonObject, patch: JsonObject, schema: MergeSchema | undefined, path: string, ctx: MergeContext,
): void {
  for (const key of Object.keys(patch)) {
    if (!key.startsWith(SET_ORDER)) continue;
    const order = patch[key];
    delete patch[key];
    const field = key.slice(SET_ORDER.length);
    const fieldPath = `${path}.${field}`;
    if (!Array.isArray(order)) throw new StrategicMergeError(`${key} must be a list`, path);
    const hasOrig = field in original;
    const hasPatch = field in patch;
    const origList = original[field];
    const patchList = patch[field];
    if ((hasOrig && !Array.isArray(origList)) || (hasPatch && !Array.isArray(patchList))) {
      throw new StrategicMergeError(`${key} applies to a field that is not a list`, path);
    }
    const fieldSchema = schema?.field(field);
    const mergeKey = fieldSchema?.patchMergeKey ?? '';
    checkOrderList((patchList as JsonValue[] | undefined) ?? [], order, mergeKey, fieldPath);
    let merged: JsonValue[];
    if (hasOrig && !hasPatch) merged = origList as JsonValue[];
    else if (!hasOrig && hasPatch) merged = patchList as JsonValue[];
    else if (hasOrig && hasPatch) {
      merged = listStrategy(fieldSchema) === 'merge'
        ? mergeList(origList as JsonValue[], patchList as JsonValue[], fieldSchema?.items(), mergeKey, false, fieldPath, ctx)
        : (patchList as JsonValue[]);
    } else continue;
    const origValues = (origList as JsonValue[] | undefined) ?? [];
    const kind = itemKind(fieldPath, origValues, (patchList as JsonValue[] | undefined) ?? []) ?? 'scalar';
    const k = kind === 'map' ? mergeKey : '';
    const [inOrder, serverOnly] = partitionByPresence(merged, order, k, kind);
    original[field] = normalizeElementOrder(inOrder, serverOnly, order, origValues, k, kind);
    delete patch[field];
  }
}

import { cloneJson, isJsonObject, type JsonObject, type JsonValue } from './json-value.js';
import type { MergeContext, MergeSchema } from './merge-schema.js';
import { StrategicMergeError } from './strategic-merge-error.js';
import { indexOfItem, normalizeElementOrder, partitionByPresence, type ItemKind } from './element-order.js';

/** The kind shared by every item of the lists; throws on mixed kinds or lists of lists, as apimachinery does. */
export function itemKind(path: string, ...lists: JsonValue[][]): ItemKind | undefined {
  let kind: string | undefined;
  for (const list of lists) {
    for (const v of list) {
      const k = Array.isArray(v) ? 'list' : isJsonObject(v) ? 'map' : v === null ? 'null' : typeof v;
      if (k === 'list') throw new StrategicMergeError('lists of lists are not supported', path);
      if (kind !== undefined && kind !== k) throw new StrategicMergeError('list element types are not identical', path);
      kind = k;
    }
  }
  if (kind === undefined) return undefined;
  return kind === 'map' ? 'map' : 'scalar';
}

/** Go's in-place de-duplication (swap with last), kept so merged scalar lists come out in apimachinery's order. */
function dedupeScalars(s: JsonValue[]): JsonValue[] {
  let length = s.length - 1;
  for (let i = 0; i < length; i++) {
    for (let j = i + 1; j <= length; j++) {
      if (s[i] === s[j]) {
        s[j] = s[length]!;
        s.length = length;
        length--;
        j--;
      }
    }
  }
  return s;
}

function mergeKeyOf(v: JsonValue, mergeKey: string, path: string): JsonValue {
  if (!isJsonObject(v) || !(mergeKey in v)) {
    throw new StrategicMergeError(`map in list does not contain the merge key "${mergeKey}"`, path);
  }
  return v[mergeKey]!;
}

/** Applies `$patch` list items: deletes matching originals; `replace` makes the remaining patch items the list. */
function applySpecialItems(original: JsonValue[], patch: JsonValue[], mergeKey: string, path: string): [JsonValue[], JsonValue[]] {
  const rest: JsonValue[] = [];
  let replace = false;
  let out = original;
  for (const v of patch) {
    const d = (v as JsonObject).$patch;
    if (d === undefined) { rest.push(v); continue; }
    if (d === 'delete') {
      const key = mergeKeyOf(v, mergeKey, path);
      out = out.filter((o) => !(isJsonObject(o) && o[mergeKey] === key));
    } else if (d === 'replace') replace = true;
    else if (d === 'merge') throw new StrategicMergeError('merging lists cannot yet be specified in the patch', path);
    else throw new StrategicMergeError(`unknown patch type "${String(d)}" in $patch`, path);
  }
  return replace ? [rest.map((x) => cloneJson(x)), []] : [out, rest];
}

/**
 * Merges a list whose strategy is `merge`: maps by `mergeKey`, scalars as a set (or removed when `isDeleteList`).
 * Order follows the flavour: apimachinery interleaves patch and live items; kyaml puts patch items first.
 */
export function mergeList(
  originalIn: JsonValue[], patchIn: JsonValue[], items: MergeSchema | undefined, mergeKey: string, isDeleteList: boolean,
  path: string, ctx: MergeContext,
): JsonValue[] {
  if (originalIn.length === 0 && patchIn.length === 0) return originalIn;
  const kind = itemKind(path, originalIn, patchIn);
  if (kind === 'scalar') {
    if (isDeleteList) return originalIn.filter((v) => !patchIn.includes(v));
    if (ctx.flavor === 'kyaml') return [...patchIn, ...originalIn.filter((v) => !patchIn.includes(v))].filter((v, i, a) => a.indexOf(v) === i);
    const merged = dedupeScalars([...originalIn, ...patchIn]);
    const [inPatch, serverOnly] = partitionByPresence(merged, patchIn, '', 'scalar');
    return normalizeElementOrder(inPatch, serverOnly, patchIn, originalIn, '', 'scalar');
  }
  if (!mergeKey) throw new StrategicMergeError('cannot merge lists without merge key', path);
  const [original, patch] = applySpecialItems(originalIn, patchIn, mergeKey, path);
  const merged = original.slice();
  for (const p of patch) {
    const key = mergeKeyOf(p, mergeKey, path);
    const at = merged.findIndex((o) => isJsonObject(o) && o[mergeKey] === key);
    const elemPath = `${path}[${mergeKey}=${String(key)}]`;
    if (at >= 0) merged[at] = ctx.mergeMap(merged[at] as JsonObject, p as JsonObject, items, elemPath);
    else {
      const v = ctx.flavor === 'kyaml' ? ctx.mergeMap(undefined, p as JsonObject, items, elemPath) : cloneJson(p);
      merged.push(v);
    }
  }
  if (ctx.flavor === 'kyaml') {
    const first = patch.map((p) => merged[indexOfItem(merged, p, mergeKey, 'map')]!);
    return [...first, ...merged.filter((m) => indexOfItem(patch, m, mergeKey, 'map') < 0)];
  }
  const [inPatch, serverOnly] = partitionByPresence(merged, patch, mergeKey, 'map');
  return normalizeElementOrder(inPatch, serverOnly, patch, original, mergeKey, 'map');
}

import type { JsonObject, JsonValue } from './json-value.js';
import { isJsonObject } from './json-value.js';

/** Whether list items are mappings (merged by key) or scalars (merged as a set). */
export type ItemKind = 'map' | 'scalar';

/** Position of an item in a list, comparing maps by merge key and scalars by value; -1 when absent. */
export function indexOfItem(list: readonly JsonValue[], item: JsonValue, mergeKey: string, kind: ItemKind): number {
  const key = (v: JsonValue): JsonValue | undefined => (kind === 'map' ? (isJsonObject(v) ? v[mergeKey] : undefined) : v);
  const want = key(item);
  for (let i = 0; i < list.length; i++) if (key(list[i]!) === want) return i;
  return -1;
}

/** Splits `items` into those present in `by` and the rest, both in their original order. */
export function partitionByPresence(items: JsonValue[], by: readonly JsonValue[], mergeKey: string, kind: ItemKind): [JsonValue[], JsonValue[]] {
  const inBy: JsonValue[] = [];
  const rest: JsonValue[] = [];
  for (const v of items) (indexOfItem(by, v, mergeKey, kind) >= 0 ? inBy : rest).push(v);
  return [inBy, rest];
}

function isDeleteItem(v: JsonValue): boolean {
  return isJsonObject(v) && (v as JsonObject).$patch === 'delete';
}

function sortByOrder(toSort: JsonValue[], order: readonly JsonValue[], mergeKey: string, kind: ItemKind): JsonValue[] {
  let keep = toSort;
  let deletes: JsonValue[] = [];
  if (kind === 'map') {
    keep = toSort.filter((v) => !isDeleteItem(v));
    deletes = toSort.filter(isDeleteItem);
  }
  const ranked = keep.map((v, i) => ({ v, i, at: indexOfItem(order, v, mergeKey, kind) }));
  ranked.sort((a, b) => (a.at >= 0 && b.at >= 0 ? a.at - b.at : a.i - b.i));
  return [...ranked.map((r) => r.v), ...deletes];
}

/**
 * apimachinery's `normalizeElementOrder`: patch items sorted by `patchOrder`, server-only items by `serverOrder`,
 * then server-only items inserted among patch items where the live list had them.
 */
export function normalizeElementOrder(
  patchItems: JsonValue[], serverOnly: JsonValue[], patchOrder: readonly JsonValue[], serverOrder: readonly JsonValue[],
  mergeKey: string, kind: ItemKind,
): JsonValue[] {
  const right = sortByOrder(patchItems, patchOrder, mergeKey, kind);
  const left = sortByOrder(serverOnly, serverOrder, mergeKey, kind);
  const out: JsonValue[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i >= left.length) out.push(right[j++]!);
    else if (j >= right.length) out.push(left[i++]!);
    else {
      const li = indexOfItem(serverOrder, left[i]!, mergeKey, kind);
      const ri = indexOfItem(serverOrder, right[j]!, mergeKey, kind);
      if (li >= 0 && ri >= 0 && li < ri) out.push(left[i++]!);
      else out.push(right[j++]!);
    }
  }
  return out;
}

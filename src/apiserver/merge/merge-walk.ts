import { isObject } from './json-order.js';
import { fieldElement, type PathElement } from './path-element.js';
import { listItemElement } from './list-item-element.js';
import { shapeOf } from './value-shape.js';
import type { TypeNode } from './type-node.js';

/** What a two-sided walk does at each position. `undefined` means "absent on that side". */
export interface WalkRules {
  /** At a leaf (scalar, atomic map or list, both-empty map or list): returns the output value, or undefined for none. */
  leaf(path: readonly PathElement[], lhs: unknown, rhs: unknown): unknown;
  /** After a granular map or associative list item has been walked into. */
  post?(path: readonly PathElement[], lhs: unknown, rhs: unknown): void;
}

/**
 * Walks two values of one type side by side as structured-merge-diff's merging walker does: maps by key, associative
 * lists by item key (keeping the right side's order, left-only items in place), leaves handed to `rules.leaf`.
 * Returns the combined output (undefined when nothing). The base of both merge and compare.
 */
export function mergeWalk(lhs: unknown, rhs: unknown, type: TypeNode, rules: WalkRules): unknown {
  return walk(lhs, rhs, type, [], rules);
}

function walk(lhs: unknown, rhs: unknown, type: TypeNode, path: PathElement[], rules: WalkRules): unknown {
  const sl = lhs === undefined ? undefined : shapeOf(type, lhs);
  const sr = rhs === undefined ? undefined : shapeOf(type, rhs);
  const shape = sr === undefined ? sl : sl === undefined || sl === sr ? sr : 'leaf';
  if (shape === 'map') {
    const lm = isObject(lhs) ? lhs : undefined;
    const rm = isObject(rhs) ? rhs : undefined;
    if (isEmptyMap(lm) && isEmptyMap(rm)) return rules.leaf(path, lhs, rhs);
    const out = walkMap(lm, rm, type, path, rules);
    rules.post?.(path, lhs, rhs);
    return out;
  }
  if (shape === 'list') {
    const ll = Array.isArray(lhs) ? lhs : undefined;
    const rl = Array.isArray(rhs) ? rhs : undefined;
    if (!ll?.length && !rl?.length) return rules.leaf(path, lhs, rhs);
    const L = indexItems(ll ?? [], type);
    const R = indexItems(rl ?? [], type);
    // Items without a key (or with a repeated one) cannot be matched: the list is then handled whole, never dropped.
    if (!L.complete || !R.complete) return rules.leaf(path, lhs, rhs);
    const out = walkList(L, R, type, path, rules);
    rules.post?.(path, lhs, rhs);
    return out;
  }
  return rules.leaf(path, lhs, rhs);
}

function isEmptyMap(m: Record<string, unknown> | undefined): boolean {
  if (!m) return true;
  for (const _ in m) return false;
  return true;
}

function walkMap(
  lm: Record<string, unknown> | undefined, rm: Record<string, unknown> | undefined, type: TypeNode,
  path: PathElement[], rules: WalkRules,
): unknown {
  const out: Record<string, unknown> = {};
  let any = false;
  const visit = (k: string, l: unknown, r: unknown): void => {
    path.push(fieldElement(k));
    const v = walk(l, r, type.field(k), path, rules);
    path.pop();
    if (v !== undefined) { out[k] = v; any = true; }
  };
  if (lm) for (const k in lm) visit(k, lm[k], rm?.[k]);
  if (rm) for (const k in rm) if (!lm || !(k in lm)) visit(k, undefined, rm[k]);
  return any ? out : undefined;
}

interface Indexed { order: PathElement[]; items: Map<string, unknown>; complete: boolean }

/** Path elements of a list's items in order; `complete` is false when an item has none or repeats another's. */
function indexItems(list: readonly unknown[], type: TypeNode): Indexed {
  const order: PathElement[] = [];
  const items = new Map<string, unknown>();
  let complete = true;
  list.forEach((item, i) => {
    const pe = listItemElement(type, item, i);
    if (typeof pe === 'string' || items.has(pe.id)) { complete = false; return; }
    items.set(pe.id, item);
    order.push(pe);
  });
  return { order, items, complete };
}

function walkList(L: Indexed, R: Indexed, type: TypeNode, path: PathElement[], rules: WalkRules): unknown {
  const elem = type.items();
  const out: unknown[] = [];
  const item = (pe: PathElement, l: unknown, r: unknown): void => {
    path.push(pe);
    const v = walk(l, r, elem, path, rules);
    path.pop();
    if (v !== undefined) out.push(v);
  };
  const shared = R.order.filter((pe) => L.items.has(pe.id));
  let next = shared.shift();
  let lI = 0;
  let rI = 0;
  while (lI < L.order.length || rI < R.order.length) {
    const before = lI + rI;
    if (lI < L.order.length && rI < R.order.length) {
      const pe = L.order[lI]!;
      if (pe.id === R.order[rI]!.id) {
        item(pe, L.items.get(pe.id), R.items.get(pe.id));
        lI++; rI++;
        next = shared.shift();
        continue;
      }
      if (R.items.has(pe.id) && next !== undefined && next.id !== pe.id) { lI++; continue; }
    }
    if (lI < L.order.length) {
      const pe = L.order[lI]!;
      if (!R.items.has(pe.id)) { item(pe, L.items.get(pe.id), undefined); lI++; continue; }
    }
    if (rI < R.order.length) {
      const pe = R.order[rI]!;
      item(pe, L.items.get(pe.id), R.items.get(pe.id));
      rI++;
      if (next !== undefined && next.id === pe.id) next = shared.shift();
    }
    if (lI + rI === before) lI++; // a left item already merged from the right side: nothing left to do with it
  }
  return out.length > 0 ? out : undefined;
}

import { isJsonObject, type JsonObject, type JsonValue } from '../../lib/strategic-merge/index.js';
import { gvkSelected, type Gvk } from './res-id.js';

/** Where a transformer writes in objects of some kinds (kustomize's FieldSpec): a '/'-separated path. */
export interface FieldSpec {
  group?: string;
  version?: string;
  kind?: string;
  path: string;
  create?: boolean;
}

/** Whether a field spec applies to an object of this GVK. */
export function fieldSpecApplies(fs: FieldSpec, gvk: Gvk): boolean {
  return gvkSelected(gvk, { group: fs.group, version: fs.version, kind: fs.kind });
}

/** Splits a field path on '/', honouring `\/` escapes and dropping list markers (`containers[]`). */
export function splitFieldPath(path: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < path.length; i++) {
    const c = path[i]!;
    if (c === '\\' && path[i + 1] === '/') { cur += '/'; i++; continue; }
    if (c === '/') { out.push(cur); cur = ''; continue; }
    cur += c;
  }
  out.push(cur);
  return out.map((s) => (s.endsWith('[]') ? s.slice(0, -2) : s)).filter((s) => s !== '');
}

/**
 * Calls `visit(parent, key)` for every place the path reaches in `obj`, descending into every element of lists on the
 * way. With `create`, missing intermediate maps are created (the last field is left to `visit`).
 */
export function visitFieldPath(
  obj: JsonValue, segments: readonly string[], create: boolean, visit: (parent: JsonObject, key: string) => void,
): void {
  walk(obj, segments, 0, create, visit);
}

function walk(node: JsonValue, segs: readonly string[], i: number, create: boolean, visit: (parent: JsonObject, key: string) => void): void {
  if (Array.isArray(node)) {
    for (const el of node) walk(el, segs, i, create, visit);
    return;
  }
  if (!isJsonObject(node)) return;
  const seg = segs[i]!;
  if (i === segs.length - 1) {
    visit(node, seg);
    return;
  }
  let child = node[seg];
  if (child === undefined || child === null) {
    if (!create) return;
    child = {};
    node[seg] = child;
  }
  walk(child, segs, i + 1, create, visit);
}

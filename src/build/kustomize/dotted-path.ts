import { isJsonObject, type JsonObject, type JsonValue } from '../../lib/strategic-merge/index.js';

/** Splits a kustomize field path (`spec.containers.[name=web].image`, `metadata.annotations.[a.b/c]`) on dots outside brackets. */
export function splitDottedPath(path: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  for (const c of path) {
    if (c === '[') depth++;
    if (c === ']') depth--;
    if (c === '.' && depth === 0) { out.push(cur); cur = ''; continue; }
    cur += c;
  }
  out.push(cur);
  return out.filter((s) => s !== '');
}

function matchElement(list: JsonValue[], seg: string): number[] {
  const inner = seg.slice(1, -1);
  const eq = inner.indexOf('=');
  if (eq < 0) {
    if (/^\d+$/.test(inner)) return Number(inner) < list.length ? [Number(inner)] : [];
    return [];
  }
  const k = inner.slice(0, eq);
  const v = inner.slice(eq + 1);
  const out: number[] = [];
  list.forEach((el, i) => { if (isJsonObject(el) && el[k] !== undefined && String(el[k]) === v) out.push(i); });
  return out;
}

/** A spot a path reaches: the holder and the key (or index) inside it. */
export interface PathSpot { holder: JsonObject | JsonValue[]; key: string | number }

/**
 * Every spot a dotted path reaches in `obj` (`*` and `[k=v]` may match several list items). With `create`, missing
 * maps and the last field are created (`[k=v]` creates a matching item).
 */
export function findSpots(obj: JsonValue, segs: string[], create: boolean): PathSpot[] {
  const out: PathSpot[] = [];
  const walk = (node: JsonValue, i: number, holder: JsonObject | JsonValue[] | undefined, key: string | number | undefined): void => {
    if (i === segs.length) {
      if (holder !== undefined && key !== undefined) out.push({ holder, key });
      return;
    }
    const seg = segs[i]!;
    if (Array.isArray(node)) {
      let idx: number[];
      if (seg === '*' || seg === '[*]' || seg === '-') idx = node.map((_, j) => j);
      else if (seg.startsWith('[') && seg.endsWith(']')) {
        idx = matchElement(node, seg);
        if (idx.length === 0 && create && seg.includes('=')) {
          const inner = seg.slice(1, -1);
          const eq = inner.indexOf('=');
          node.push({ [inner.slice(0, eq)]: inner.slice(eq + 1) });
          idx = [node.length - 1];
        }
      } else if (/^\d+$/.test(seg)) idx = Number(seg) < node.length ? [Number(seg)] : [];
      else idx = [];
      for (const j of idx) walk(node[j]!, i + 1, node, j);
      return;
    }
    if (!isJsonObject(node)) return;
    const name = seg.startsWith('[') && seg.endsWith(']') ? seg.slice(1, -1) : seg;
    if (i === segs.length - 1) {
      if (name in node || create) out.push({ holder: node, key: name });
      return;
    }
    let child = node[name];
    if (child === undefined || child === null) {
      if (!create) return;
      const next = segs[i + 1]!;
      child = next.startsWith('[') && next.includes('=') ? [] : {};
      node[name] = child;
    }
    walk(child, i + 1, node, name);
  };
  walk(obj, 0, undefined, undefined);
  return out;
}

/** Reads the value at a spot. */
export function spotValue(s: PathSpot): JsonValue | undefined {
  return (s.holder as Record<string | number, JsonValue>)[s.key];
}

/** Writes the value at a spot. */
export function setSpot(s: PathSpot, v: JsonValue): void {
  (s.holder as Record<string | number, JsonValue>)[s.key] = v;
}

import { compareJson } from './json-order.js';
import { goJson, goValueString } from './go-json.js';

/**
 * One step of a field path (structured-merge-diff `PathElement`): a field name, a list-map item's key fields, a set
 * item's value, or a list index. `id` is its FieldsV1 spelling (`f:name`, `k:{"name":"c"}`, `v:"x"`, `i:0`), which
 * doubles as its identity in maps.
 */
export type PathElement =
  | { readonly type: 'f'; readonly id: string; readonly name: string }
  | { readonly type: 'k'; readonly id: string; readonly key: ReadonlyArray<readonly [string, unknown]> }
  | { readonly type: 'v'; readonly id: string; readonly value: unknown }
  | { readonly type: 'i'; readonly id: string; readonly index: number };

/** The path element of a named field or map entry. */
export function fieldElement(name: string): PathElement {
  return { type: 'f', id: `f:${name}`, name };
}

/** The path element of a list-map item: its key fields, sorted by name. */
export function keyElement(fields: Array<[string, unknown]>): PathElement {
  fields.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const json: Record<string, unknown> = {};
  for (const [k, v] of fields) json[k] = v;
  return { type: 'k', id: `k:${goJson(json)}`, key: fields };
}

/** The path element of a set item. */
export function valueElement(value: unknown): PathElement {
  return { type: 'v', id: `v:${goJson(value)}`, value };
}

/** The path element of an atomic-list position (used only for lists without keys). */
export function indexElement(index: number): PathElement {
  return { type: 'i', id: `i:${index}`, index };
}

/** Parses a FieldsV1 key (`f:…`, `k:…`, `v:…`, `i:…`); throws on anything else. */
export function parseElement(id: string): PathElement {
  const body = id.slice(2);
  switch (id.slice(0, 2)) {
    case 'f:': return { type: 'f', id, name: body };
    case 'v:': return { type: 'v', id, value: JSON.parse(body) as unknown };
    case 'i:': {
      const index = Number(body);
      if (!Number.isInteger(index)) throw new Error(`invalid index path element ${JSON.stringify(id)}`);
      return { type: 'i', id, index };
    }
    case 'k:': {
      const parsed = JSON.parse(body) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new Error(`invalid key path element ${JSON.stringify(id)}`);
      }
      return keyElement(Object.entries(parsed));
    }
    default: throw new Error(`invalid path element ${JSON.stringify(id)}`);
  }
}

const typeRank = { f: 0, k: 1, v: 2, i: 3 } as const;

/** structured-merge-diff's order of path elements: fields, then keys, then values, then indexes. */
export function compareElements(a: PathElement, b: PathElement): number {
  if (a.type !== b.type) return typeRank[a.type] - typeRank[b.type];
  switch (a.type) {
    case 'f': {
      const n = (b as typeof a).name;
      return a.name < n ? -1 : a.name > n ? 1 : 0;
    }
    case 'k': return compareKeys(a.key, (b as typeof a).key);
    case 'v': return compareJson(a.value, (b as typeof a).value);
    case 'i': return a.index - (b as typeof a).index;
  }
}

function compareKeys(a: ReadonlyArray<readonly [string, unknown]>, b: ReadonlyArray<readonly [string, unknown]>): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    if (a[i]![0] !== b[i]![0]) return a[i]![0] < b[i]![0] ? -1 : 1;
    const c = compareJson(a[i]![1], b[i]![1]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** The element as Kubernetes prints it in a path: `.name`, `[name="c",port=80]`, `[="x"]`, `[0]`. */
export function elementString(e: PathElement): string {
  switch (e.type) {
    case 'f': return `.${e.name}`;
    case 'k': return `[${e.key.map(([k, v]) => `${k}=${goValueString(v)}`).join(',')}]`;
    case 'v': return `[=${goValueString(e.value)}]`;
    case 'i': return `[${e.index}]`;
  }
}

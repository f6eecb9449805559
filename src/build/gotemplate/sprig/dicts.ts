import { typed } from '../func-signature.js';
import { isGoMap, mapGet, mapHas, typedList } from '../go-types.js';
import type { FuncMap } from '../types.js';
import { deepCopy, isEmpty, strval } from './conv.js';

type Dict = Record<string, unknown>;

function asDict(v: unknown): Dict {
  if (v instanceof Map) return Object.fromEntries(v) as Dict;
  return (v ?? {}) as Dict;
}

/** Sets an own key, even `__proto__`, so template data cannot reach a prototype. */
function put(d: Dict, k: string, v: unknown): void {
  Object.defineProperty(d, k, { value: v, writable: true, enumerable: true, configurable: true });
}

const isDict = (v: unknown): v is Dict => v !== null && typeof v === 'object' && !Array.isArray(v) && isGoMap(v);

/** mergo's deep merge of `src` into `dst` as Sprig's merge (keep non-empty dst values) and mergeOverwrite use it. */
export function mergeInto(dst: Dict, src: Dict, overwrite: boolean): Dict {
  for (const [k, sv] of Object.entries(src)) {
    const has = Object.prototype.hasOwnProperty.call(dst, k);
    const dv = dst[k];
    if (sv === null || sv === undefined) {
      if (overwrite) put(dst, k, null);
      continue;
    }
    if (isDict(sv) && has && isDict(dv)) {
      mergeInto(dv, sv, overwrite);
      continue;
    }
    if (overwrite || !has || isEmpty(dv)) put(dst, k, sv);
  }
  return dst;
}

function dig(...ps: unknown[]): unknown {
  if (ps.length < 3) throw new Error('dig needs at least three arguments');
  let dict = ps[ps.length - 1];
  const def = ps[ps.length - 2];
  const keys = ps.slice(0, -2).map((k) => {
    if (typeof k !== 'string') throw new Error(`interface conversion: interface {} is ${k === null ? 'nil' : typeof k}, not string`);
    return k;
  });
  for (let i = 0; i < keys.length; i++) {
    if (!isDict(dict)) throw new Error('interface conversion: interface {} is not map[string]interface {}');
    if (!mapHas(dict, keys[i]!)) return def;
    dict = mapGet(dict, keys[i]!);
  }
  return dict;
}

/** Sprig's dict functions. */
export function dictFuncs(): FuncMap {
  return {
    dict: typed('...any', (...v) => {
      const d: Dict = {};
      for (let i = 0; i < v.length; i += 2) put(d, strval(v[i]), i + 1 < v.length ? v[i + 1] : '');
      return d;
    }),
    get: typed('map string', (d, k) => (d !== null && mapHas(asDict(d), k as string) ? mapGet(asDict(d), k as string) : '')),
    set: typed('map string any', (d, k, v) => { put(d as Dict, k as string, v); return d; }),
    unset: typed('map string', (d, k) => { if (d) delete (d as Dict)[k as string]; return d; }),
    hasKey: typed('map string', (d, k) => d !== null && mapHas(asDict(d), k as string)),
    pluck: typed('string ...map', (k, ...ds) => ds.filter((d) => d !== null && mapHas(asDict(d), k as string)).map((d) => mapGet(asDict(d), k as string))),
    keys: typed('...map', (...ds) => typedList(ds.flatMap((d) => Object.keys(asDict(d))), '[]string')),
    values: typed('map', (d) => Object.values(asDict(d))),
    pick: typed('map ...string', (d, ...ks) => Object.fromEntries(ks.filter((k) => mapHas(asDict(d), k as string)).map((k) => [k, mapGet(asDict(d), k as string)]))),
    omit: typed('map ...string', (d, ...ks) => Object.fromEntries(Object.entries(asDict(d)).filter(([k]) => !ks.includes(k)))),
    merge: typed('map ...map', (dst, ...srcs) => srcs.reduce<Dict>((acc, s) => mergeInto(acc, asDict(s), false), (dst ?? {}) as Dict)),
    mustMerge: typed('map ...map', (dst, ...srcs) => srcs.reduce<Dict>((acc, s) => mergeInto(acc, asDict(s), false), (dst ?? {}) as Dict)),
    mergeOverwrite: typed('map ...map', (dst, ...srcs) => srcs.reduce<Dict>((acc, s) => mergeInto(acc, asDict(s), true), (dst ?? {}) as Dict)),
    mustMergeOverwrite: typed('map ...map', (dst, ...srcs) => srcs.reduce<Dict>((acc, s) => mergeInto(acc, asDict(s), true), (dst ?? {}) as Dict)),
    dig: typed('...any', dig),
    deepCopy: typed('any', (v) => deepCopy(v)),
    mustDeepCopy: typed('any', (v) => {
      if (v === null || v === undefined) throw new Error('reflect: call of reflect.Value.Type on zero Value');
      return deepCopy(v);
    }),
  };
}

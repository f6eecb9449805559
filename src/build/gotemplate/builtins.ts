import { eq, ge, gt, le, lt, ne } from './compare.js';
import { htmlEscape, jsEscape, queryEscape } from './escape.js';
import { andOr, builtinCall } from './call-support.js';
import { typed } from './func-signature.js';
import { goTypeName, isGoMap, mapGet, mapHas, mapSize } from './go-types.js';
import { sprint, sprintf, sprintln } from './sprintf.js';
import { isTrue } from './truth.js';
import type { FuncMap } from './types.js';

/** Go's print-style argument joining used by html, js and urlquery. */
function evalArgs(args: unknown[]): string {
  return args.length === 1 && typeof args[0] === 'string' ? args[0] : sprint(args);
}

function toIndex(v: unknown): number {
  if (typeof v === 'bigint') return Number(v);
  if (v === null || v === undefined) throw new Error('cannot index slice/array with nil');
  throw new Error(`cannot index slice/array with type ${goTypeName(v)}`);
}

function len(v: unknown): bigint {
  if (v === null || v === undefined) throw new Error('len of nil pointer');
  if (typeof v === 'string') return BigInt(Buffer.byteLength(v));
  if (Array.isArray(v) || v instanceof Uint8Array) return BigInt(v.length);
  if (isGoMap(v)) return BigInt(mapSize(v));
  throw new Error(`len of type ${goTypeName(v)}`);
}

function index(item: unknown, ...indexes: unknown[]): unknown {
  let v = item;
  if (v === null || v === undefined) throw new Error('index of untyped nil');
  for (const ix of indexes) {
    if (v === null || v === undefined) throw new Error('index of nil pointer');
    if (typeof v === 'string' || Array.isArray(v) || v instanceof Uint8Array) {
      const i = toIndex(ix);
      const n = typeof v === 'string' ? Buffer.byteLength(v) : v.length;
      if (i < 0 || i >= n) throw new Error(`index out of range: ${i}`);
      v = typeof v === 'string' ? BigInt(Buffer.from(v)[i]!) : v instanceof Uint8Array ? BigInt(v[i]!) : v[i];
    } else if (isGoMap(v)) {
      if (ix === null || ix === undefined) throw new Error('value is nil; should be of type string');
      if (typeof ix !== 'string') throw new Error(`value has type ${goTypeName(ix)}; should be string`);
      v = mapHas(v, ix) ? mapGet(v, ix) : null;
    } else {
      throw new Error(`can't index item of type ${goTypeName(v)}`);
    }
  }
  return v === undefined ? null : v;
}

function slice(item: unknown, ...indexes: unknown[]): unknown {
  if (item === null || item === undefined) throw new Error('slice of untyped nil');
  if (indexes.length > 3) throw new Error(`too many slice indexes: ${indexes.length}`);
  const isStr = typeof item === 'string';
  if (!isStr && !Array.isArray(item)) throw new Error(`can't slice item of type ${goTypeName(item)}`);
  if (isStr && indexes.length === 3) throw new Error('cannot 3-index slice a string');
  const cap = isStr ? Buffer.byteLength(item) : (item as unknown[]).length;
  const ix = indexes.map(toIndex);
  for (const i of ix) if (i < 0 || i > cap) throw new Error(`index out of range: ${i}`);
  const lo = ix[0] ?? 0;
  const hi = ix[1] ?? cap;
  if (lo > hi) throw new Error(`invalid slice index: ${lo} > ${hi}`);
  if (ix.length === 3 && hi > ix[2]!) throw new Error(`invalid slice index: ${hi} > ${ix[2]}`);
  return isStr ? Buffer.from(item).subarray(lo, hi).toString('utf8') : (item as unknown[]).slice(lo, hi);
}

/** Go text/template's predefined functions. */
export function builtinFuncs(): FuncMap {
  return {
    and: andOr.and,
    or: andOr.or,
    not: typed('any', (a: unknown) => !isTrue(a)),
    len: typed('any', len),
    index: typed('any ...any', index),
    slice: typed('any ...any', slice),
    print: typed('...any', (...a: unknown[]) => sprint(a)),
    printf: typed('string ...any', (f: unknown, ...a: unknown[]) => sprintf(f as string, a)),
    println: typed('...any', (...a: unknown[]) => sprintln(a)),
    html: typed('...any', (...a: unknown[]) => htmlEscape(evalArgs(a))),
    js: typed('...any', (...a: unknown[]) => jsEscape(evalArgs(a))),
    urlquery: typed('...any', (...a: unknown[]) => queryEscape(evalArgs(a))),
    eq: typed('any ...any', eq),
    ne: typed('any any', ne),
    lt: typed('any any', lt),
    le: typed('any any', le),
    gt: typed('any any', gt),
    ge: typed('any any', ge),
    call: builtinCall,
  };
}

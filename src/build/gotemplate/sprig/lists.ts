import { typed } from '../func-signature.js';
import type { FuncMap } from '../types.js';
import { typedList } from '../go-types.js';
import { deepEqual, isEmpty, listOf, reflectKind, strslice, toInt64 } from './conv.js';

type Maker = (...a: unknown[]) => unknown;

/** Sprig's pairing of a `mustX` (returns the error) and `X` (same here: Go panics, which surfaces the same way). */
function both(name: string, fn: Maker, sig: string): FuncMap {
  const must = 'must' + name[0]!.toUpperCase() + name.slice(1);
  return { [name]: typed(sig, fn), [must]: typed(sig, fn) };
}

function uniq(l: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const x of l) if (!out.some((y) => deepEqual(x, y))) out.push(x);
  return out;
}

function goSlice(l: unknown[], start: number, end: number): unknown[] {
  if (start < 0 || end > l.length || start > end) throw new Error('reflect.Value.Slice: slice index out of bounds');
  return l.slice(start, end);
}

/** Sprig's list functions (and their must* variants). */
export function listFuncs(): FuncMap {
  return {
    list: typed('...any', (...a) => a),
    tuple: typed('...any', (...a) => a),
    ...both('push', (l, v) => [...listOf(l, (k) => `Cannot push on type ${k}`), v], 'any any'),
    ...both('append', (l, v) => [...listOf(l, (k) => `Cannot push on type ${k}`), v], 'any any'),
    ...both('prepend', (l, v) => [v, ...listOf(l, (k) => `Cannot prepend on type ${k}`)], 'any any'),
    ...both('first', (l) => listOf(l, (k) => `Cannot find first on type ${k}`)[0] ?? null, 'any'),
    ...both('last', (l) => { const a = listOf(l, (k) => `Cannot find last on type ${k}`); return a.length ? a[a.length - 1] : null; }, 'any'),
    ...both('rest', (l) => { const a = listOf(l, (k) => `Cannot find rest on type ${k}`); return a.slice(1); }, 'any'),
    ...both('initial', (l) => { const a = listOf(l, (k) => `Cannot find initial on type ${k}`); return a.slice(0, -1); }, 'any'),
    ...both('reverse', (l) => [...listOf(l, (k) => `Cannot find reverse on type ${k}`)].reverse(), 'any'),
    ...both('uniq', (l) => uniq(listOf(l, (k) => `Cannot find uniq on type ${k}`)), 'any'),
    ...both('compact', (l) => listOf(l, (k) => `Cannot compact on type ${k}`).filter((x) => !isEmpty(x)), 'any'),
    ...both('without', (l, ...omit) => listOf(l, (k) => `Cannot find without on type ${k}`).filter((x) => !omit.some((o) => deepEqual(x, o))), 'any ...any'),
    ...both('has', (needle, hay) => {
      if (hay === null || hay === undefined) return false;
      return listOf(hay, (k) => `Cannot find has on type ${k}`).some((x) => deepEqual(x, needle));
    }, 'any any'),
    ...both('slice', (l, ...ix) => {
      if (!Array.isArray(l)) throw new Error(`list should be type of slice or array but ${reflectKind(l)}`);
      const start = ix.length > 0 ? Number(toInt64(ix[0])) : 0;
      const end = ix.length > 1 ? Number(toInt64(ix[1])) : l.length;
      return goSlice(l, start, end);
    }, 'any ...any'),
    ...both('chunk', (size, l) => {
      const a = listOf(l, (k) => `Cannot chunk type ${k}`);
      const n = Number(size);
      const out: unknown[][] = [];
      for (let i = 0; i < a.length; i += n) out.push(a.slice(i, i + n));
      return typedList(out, '[][]interface {}');
    }, 'int any'),
    concat: typed('...any', (...lists) => lists.flatMap((l) => {
      if (l === null || l === undefined) throw new Error('runtime error: invalid memory address or nil pointer dereference');
      if (!Array.isArray(l)) throw new Error(`Cannot concat type ${reflectKind(l)} as list`);
      return l;
    })),
    sortAlpha: typed('any', (l) => typedList(Array.isArray(l) ? strslice(l).sort() : strslice(l), '[]string')),
    toStrings: typed('any', (l) => typedList(strslice(l), '[]string')),
    join: typed('string any', (sep, l) => strslice(l).join(sep as string)),
    splitList: typed('string string', (sep, s) => typedList(goSplit(s as string, sep as string, -1), '[]string')),
    split: typed('string string', (sep, s) => indexed(goSplit(s as string, sep as string, -1))),
    splitn: typed('string int string', (sep, n, s) => indexed(goSplit(s as string, sep as string, Number(n)))),
    until: typed('int', (c) => typedList(untilStep(0n, c as bigint, (c as bigint) < 0n ? -1n : 1n), '[]int')),
    untilStep: typed('int int int', (a, b, c) => typedList(untilStep(a as bigint, b as bigint, c as bigint), '[]int')),
    seq: typed('...int', (...p) => seq(p as bigint[])),
  };
}

/** Go's strings.SplitN (n < 0: all). */
export function goSplit(s: string, sep: string, n: number): string[] {
  if (n === 0) return [];
  if (sep === '') {
    const chars = [...s];
    if (n < 0 || n >= chars.length) return chars;
    return [...chars.slice(0, n - 1), chars.slice(n - 1).join('')];
  }
  const parts = s.split(sep);
  if (n < 0 || parts.length <= n) return parts;
  return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

function indexed(parts: string[]): Record<string, string> {
  return Object.fromEntries(parts.map((p, i) => [`_${i}`, p]));
}

function untilStep(start: bigint, stop: bigint, step: bigint): bigint[] {
  const v: bigint[] = [];
  if (stop < start) {
    if (step >= 0n) return v;
    for (let i = start; i > stop; i += step) v.push(i);
    return v;
  }
  if (step <= 0n) return v;
  for (let i = start; i < stop; i += step) v.push(i);
  return v;
}

function seq(p: bigint[]): string {
  const join = (a: bigint[]): string => a.join(' ');
  switch (p.length) {
    case 1: { const end = p[0]!; const inc = end < 1n ? -1n : 1n; return join(untilStep(1n, end + inc, inc)); }
    case 2: { const [s, e] = p as [bigint, bigint]; const st = e < s ? -1n : 1n; return join(untilStep(s, e + st, st)); }
    case 3: {
      const [s, step, e] = p as [bigint, bigint, bigint];
      let inc = 1n;
      if (e < s) { inc = -1n; if (step > 0n) return ''; }
      return join(untilStep(s, e + inc, step));
    }
    default: return '';
  }
}

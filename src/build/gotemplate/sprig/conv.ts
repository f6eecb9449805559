import { formatValue } from '../go-fmt.js';
import { GoTime } from '../go-time.js';
import { isGoMap, mapSize } from '../go-types.js';

/** Sprig's strval: strings as is, bytes decoded, errors by message, anything else with `%v`. */
export function strval(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return Buffer.from(v).toString('utf8');
  if (v instanceof Error) return v.message;
  return formatValue(v);
}

/** Go's reflect.Kind name, as Sprig's "Cannot … on type %s" messages print it. */
export function reflectKind(v: unknown): string {
  if (v === null || v === undefined) return 'invalid';
  switch (typeof v) {
    case 'string': return 'string';
    case 'bigint': return 'int';
    case 'number': return 'float64';
    case 'boolean': return 'bool';
    case 'function': return 'func';
    default: break;
  }
  if (Array.isArray(v) || v instanceof Uint8Array) return 'slice';
  if (v instanceof GoTime) return 'struct';
  return 'map';
}

/** Sprig's list access: the elements of a slice, or an error naming the kind (Go panics on nil). */
export function listOf(v: unknown, what: (kind: string) => string): unknown[] {
  if (v === null || v === undefined) throw new Error('runtime error: invalid memory address or nil pointer dereference');
  if (Array.isArray(v)) return v;
  if (v instanceof Uint8Array) return [...v].map((b) => BigInt(b));
  throw new Error(what(reflectKind(v)));
}

/** spf13/cast ToInt64 as Sprig uses it: numbers truncate, strings parse (base prefixes allowed), else 0. */
export function toInt64(v: unknown): bigint {
  switch (typeof v) {
    case 'bigint': return BigInt.asIntN(64, v);
    case 'number': return Number.isFinite(v) ? BigInt.asIntN(64, BigInt(Math.trunc(v))) : 0n;
    case 'boolean': return v ? 1n : 0n;
    case 'string': return parseIntCast(v);
    default: return 0n;
  }
}

function parseIntCast(s: string): bigint {
  const t = s.replace(/\.0*$/, '');
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]+|[1-9][0-9]*|0)$/.exec(t);
  if (!m) return 0n;
  let body = m[2]!;
  if (/^0[0-7]+$/.test(body)) body = '0o' + body.slice(1);
  try {
    const v = BigInt(body);
    const r = m[1] === '-' ? -v : v;
    return r > 0x7fffffffffffffffn || r < -0x8000000000000000n ? 0n : r;
  } catch {
    return 0n;
  }
}

/** spf13/cast ToFloat64 as Sprig uses it: numbers as is, strings parsed, booleans 1/0, else 0. */
export function toFloat64(v: unknown): number {
  switch (typeof v) {
    case 'number': return v;
    case 'bigint': return Number(v);
    case 'boolean': return v ? 1 : 0;
    case 'string': {
      const t = v.trim() === v ? v : '';
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(Inf|inf|NaN)$/.test(t)) return 0;
      return Number(t.replace(/inf/i, 'Infinity'));
    }
    default: return 0;
  }
}

/** Sprig's strslice: a list's non-nil elements as strings, a scalar as a one-element list, nil as empty. */
export function strslice(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((e) => e !== null && e !== undefined).map(strval);
  if (v === null || v === undefined) return [];
  return [strval(v)];
}

/** Sprig's `empty`: nil, false, 0, "", and empty lists and maps are empty. */
export function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  switch (typeof v) {
    case 'string': return v.length === 0;
    case 'boolean': return !v;
    case 'number': return v === 0;
    case 'bigint': return v === 0n;
    default: break;
  }
  if (Array.isArray(v) || v instanceof Uint8Array) return v.length === 0;
  if (v instanceof GoTime) return false;
  if (isGoMap(v)) return mapSize(v) === 0;
  return false;
}

/** Go's reflect.DeepEqual over our value model. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a !== typeof b) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (a instanceof GoTime) return b instanceof GoTime && a.ms === b.ms && a.offsetSec === b.offsetSec;
  if (isGoMap(a) && isGoMap(b) && !Array.isArray(b)) {
    const ea = Object.entries(a);
    const eb = Object.entries(b);
    return ea.length === eb.length && ea.every(([k, v]) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(v, (b as Record<string, unknown>)[k]));
  }
  return false;
}

/** A deep copy of lists and maps (Sprig's deepCopy). */
export function deepCopy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(deepCopy);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, deepCopy(x)]));
  if (v !== null && typeof v === 'object' && isGoMap(v) && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deepCopy(x)]));
  }
  return v;
}

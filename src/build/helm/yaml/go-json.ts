import { goJsonString } from '../../../lib/go-json-string.js';
import { goTypeTag } from '../../gotemplate/index.js';
import { GoJsonError } from './go-json-error.js';

/** A value after Go's encoding/json: numbers keep their JSON text, maps have sorted keys. */
export type JsonNode = null | boolean | string | JsonNumber | JsonNode[] | JsonMap;

/** A JSON number, kept as Go's encoder printed it. */
export interface JsonNumber {
  readonly num: string;
  /** The float64 itself when the value was one (yaml.v3 prints it without the JSON round trip). */
  readonly float?: number;
}

/** A JSON object with keys in Go's (byte-wise) sorted order. */
export interface JsonMap {
  readonly entries: Array<[string, JsonNode]>;
}

/** Converts a template value to what Go's json.Marshal sees: sorted maps, float64/int text, nil for missing. */
export function toJsonTree(v: unknown): JsonNode {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'bigint') return { num: v.toString() };
  if (typeof v === 'number') return { num: goJsonFloat(v), float: v };
  if (Array.isArray(v)) return v.map(toJsonTree);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (v instanceof Map) return sortedMap([...v.entries()].map(([k, val]) => [String(k), val]));
  if (typeof v === 'object') {
    const withJson = v as { toJSON?: () => unknown };
    const isStruct = goTypeTag in v;
    const target = typeof withJson.toJSON === 'function' ? withJson.toJSON() : v;
    if (target === null || typeof target !== 'object' || Array.isArray(target)) return toJsonTree(target);
    const entries = Object.entries(target).filter(([, val]) => typeof val !== 'function');
    // Go marshals a struct's fields in declaration order and only a map's keys sorted.
    return isStruct ? { entries: entries.map(([k, val]) => [k, toJsonTree(val)]) } : sortedMap(entries);
  }
  return null;
}

function sortedMap(entries: Array<[string, unknown]>): JsonMap {
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { entries: entries.map(([k, val]) => [k, toJsonTree(val)]) };
}

/** Go's encoding/json float64 text: fixed notation in [1e-6, 1e21), exponent outside, like JS except for -0. */
export function goJsonFloat(f: number): string {
  if (!Number.isFinite(f)) throw new GoJsonError(`json: unsupported value: ${goFloatG(f)}`);
  if (Object.is(f, -0)) return '-0';
  return String(f);
}

/** Go's strconv.FormatFloat(f, 'g', -1, 64), as `%v` prints a float64 (1e+06, 1.5, 1e-05). */
export function goFloatG(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const sign = f < 0 ? '-' : '';
  const [mant, expText] = Math.abs(f).toExponential().split('e') as [string, string];
  const exp = Number(expText);
  const digits = mant.replace('.', '');
  if (exp < -4 || exp >= 6) {
    const e = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : String(Math.abs(exp));
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${e}`;
  }
  return sign + fixed(digits, exp);
}

function fixed(digits: string, exp: number): string {
  if (exp < 0) return `0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return digits + '0'.repeat(exp + 1 - digits.length);
  return `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** json.Marshal of a template value: sorted keys, HTML-safe escapes; throws {@link GoJsonError} for NaN/Inf. */
export function goJsonStringify(v: unknown): string {
  return writeJson(toJsonTree(v));
}

function writeJson(n: JsonNode): string {
  if (n === null) return 'null';
  if (typeof n === 'boolean') return n ? 'true' : 'false';
  if (typeof n === 'string') return goJsonString(n);
  if (Array.isArray(n)) return `[${n.map(writeJson).join(',')}]`;
  if ('num' in n) return n.num;
  return `{${n.entries.map(([k, v]) => `${goJsonString(k)}:${writeJson(v)}`).join(',')}}`;
}


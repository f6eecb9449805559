import type { JsonValue } from '../../../lib/strategic-merge/index.js';

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const TIMESTAMP = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]| +)(\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?(?:\s*(Z|[-+]\d{1,2}(?::?\d{2})?))?)?$/;

/** Go's `strconv.ParseInt(s, 0, 64)`: sign, then 0x / 0o / 0b / leading-0 octal / decimal; undefined if invalid. */
export function parseGoInt(s: string): number | undefined {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return undefined;
  const body = m[2]!;
  let v: number;
  if (/^0[xX]/.test(body)) v = parseInt(body.slice(2), 16);
  else if (/^0[oO]/.test(body)) v = parseInt(body.slice(2), 8);
  else if (/^0[bB]/.test(body)) v = parseInt(body.slice(2), 2);
  else if (body.length > 1 && body.startsWith('0')) v = parseInt(body.slice(1), 8);
  else v = parseInt(body, 10);
  return m[1] === '-' ? -v : v;
}

function pad(n: string | undefined, width: number): string {
  return (n ?? '0').padStart(width, '0');
}

/** A YAML timestamp as Go's encoding/json prints a time.Time (RFC 3339), or undefined when `s` is not one. */
export function goTimestamp(s: string): string | undefined {
  const m = TIMESTAMP.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  const day = `${y}-${pad(mo, 2)}-${pad(d, 2)}`;
  if (h === undefined) return `${day}T00:00:00Z`;
  const fraction = frac ? frac.replace(/0+$/, '') : '';
  let z = 'Z';
  if (zone && zone !== 'Z') {
    const zm = /^([-+])(\d{1,2}):?(\d{2})?$/.exec(zone)!;
    z = zm[2] === '0' && !zm[3] ? 'Z' : `${zm[1]}${pad(zm[2], 2)}:${zm[3] ?? '00'}`;
  }
  return `${day}T${pad(h, 2)}:${pad(mi, 2)}:${pad(sec, 2)}${fraction === '.' ? '' : fraction}${z}`;
}

/**
 * Resolves an untagged plain scalar the way go-yaml v3 does when kustomize decodes a resource: YAML 1.2 booleans
 * and nulls, Go integer syntax (so `012` is octal), floats, and timestamps (turned into RFC 3339 strings, as
 * kustomize's JSON round trip does).
 */
export function resolvePlainScalar(s: string): JsonValue {
  if (NULLS.has(s)) return null;
  if (TRUES.has(s)) return true;
  if (FALSES.has(s)) return false;
  const c = s[0]!;
  if (c === '.') {
    if (/^\.(inf|Inf|INF)$/.test(s)) return s;
    if (/^\.(nan|NaN|NAN)$/.test(s)) return s;
    return YAML_FLOAT.test(s) ? Number(s) : s;
  }
  if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
    if (/^[-+]\.(inf|Inf|INF)$/.test(s)) return s;
    const ts = goTimestamp(s);
    if (ts !== undefined) return ts;
    const plain = s.replace(/_/g, '');
    const i = parseGoInt(plain);
    if (i !== undefined) return i;
    if (YAML_FLOAT.test(plain)) return Number(plain);
  }
  return s;
}

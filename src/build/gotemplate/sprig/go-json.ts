import { GoTime } from '../go-time.js';
import { isGoMap, sortedEntries } from '../go-types.js';
import { formatTime } from '../time-format.js';
import { jsonSyntaxError } from './json-syntax-error.js';

/** Go's encoding/json Marshal (sorted map keys, HTML-safe escaping unless `escapeHTML` is false, optional indent). */
export function goJson(v: unknown, indent = '', escapeHTML = true): string {
  return enc(v, indent, '', escapeHTML);
}

function str(s: string, escapeHTML: boolean): string {
  let out = JSON.stringify(s).replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
  if (escapeHTML) out = out.replace(/[<>&]/g, (c) => (c === '<' ? '\\u003c' : c === '>' ? '\\u003e' : '\\u0026'));
  return out;
}

function num(f: number): string {
  if (!Number.isFinite(f)) throw new Error(`json: unsupported value: ${Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf'}`);
  return JSON.stringify(f);
}

function enc(v: unknown, indent: string, prefix: string, h: boolean): string {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'string': return str(v, h);
    case 'boolean': return String(v);
    case 'bigint': return v.toString();
    case 'number': return num(v);
    case 'function': throw new Error('json: unsupported type: func()');
    default: break;
  }
  if (v instanceof GoTime) return str(formatTime(v, '2006-01-02T15:04:05.999999999Z07:00'), h);
  if (v instanceof Uint8Array) return str(Buffer.from(v).toString('base64'), h);
  const inner = prefix + indent;
  const nl = indent ? '\n' : '';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return '[' + nl + v.map((x) => inner + enc(x, indent, inner, h)).join(',' + nl) + nl + prefix + ']';
  }
  if (isGoMap(v)) {
    const entries = sortedEntries(v);
    if (entries.length === 0) return '{}';
    const sep = indent ? ': ' : ':';
    return '{' + nl + entries.map(([k, x]) => inner + str(k, h) + sep + enc(x, indent, inner, h)).join(',' + nl) + nl + prefix + '}';
  }
  return 'null';
}

/** Go's json.Unmarshal into interface{}: numbers become float64; throws Go's message on bad input. */
export function goParseJson(s: string): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch (e) {
    throw new Error(jsonSyntaxError(s), { cause: e });
  }
}

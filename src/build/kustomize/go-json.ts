import type { JsonValue } from '../../lib/strategic-merge/index.js';

function goString(s: string): string {
  let out = '"';
  for (const c of s) {
    const cp = c.codePointAt(0)!;
    if (c === '"') out += '\\"';
    else if (c === '\\') out += '\\\\';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (cp < 0x20 || c === '<' || c === '>' || c === '&' || cp === 0x2028 || cp === 0x2029) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return out + '"';
}

/** JSON as Go's encoding/json writes it: map keys sorted bytewise, HTML characters escaped, no spaces. */
export function goJson(v: JsonValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return goString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(goJson).join(',')}]`;
  const keys = Object.keys(v).sort((a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b))));
  return `{${keys.map((k) => `${goString(k)}:${goJson(v[k]!)}`).join(',')}}`;
}

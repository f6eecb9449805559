import { goJsonString } from '../../lib/go-json-string.js';
import type { JsonValue } from '../../lib/strategic-merge/index.js';

/** JSON as Go's encoding/json writes it: map keys sorted bytewise, HTML characters escaped, no spaces. */
export function goJson(v: JsonValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return goJsonString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(goJson).join(',')}]`;
  const keys = Object.keys(v).sort((a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b))));
  return `{${keys.map((k) => `${goJsonString(k)}:${goJson(v[k]!)}`).join(',')}}`;
}

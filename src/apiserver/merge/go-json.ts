/**
 * Compact JSON with map keys sorted, as Go marshals maps; `escapeHtml` adds encoding/json's escaping of `<`, `>`,
 * `&`, U+2028 and U+2029 (json.Marshal and json.Encoder do it; FieldsV1 path elements do not).
 */
export function goJson(v: unknown, escape = false): string {
  if (v === null || typeof v !== 'object') {
    const s = JSON.stringify(v) ?? 'null';
    return escape ? escapeHtml(s) : s;
  }
  if (Array.isArray(v)) return `[${v.map((x) => goJson(x, escape)).join(',')}]`;
  const m = v as Record<string, unknown>;
  return `{${Object.keys(m).sort().map((k) => `${goJson(k, escape)}:${goJson(m[k], escape)}`).join(',')}}`;
}

const escapes: Record<string, string> = {
  '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029',
};

function escapeHtml(s: string): string {
  return /[<>&\u2028\u2029]/.test(s) ? s.replace(/[<>&\u2028\u2029]/g, (c) => escapes[c]!) : s;
}

/** A value as Go's `%v`/`%q` prints it in a structured-merge-diff path (`"c"`, `80`, `true`). */
export function goValueString(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null) return 'null';
  if (typeof v === 'object') return goJson(v);
  return String(v);
}

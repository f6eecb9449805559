/** Go's strconv.Unquote for template string literals ("…" with escapes, or `raw`); throws "invalid syntax". */
export function unquoteGo(s: string): string {
  if (s.length >= 2 && s[0] === '`' && s[s.length - 1] === '`') return s.slice(1, -1).replace(/\r/g, '');
  if (s.length < 2 || s[0] !== '"' || s[s.length - 1] !== '"') throw new Error('invalid syntax');
  let out = '';
  let rest = s.slice(1, -1);
  while (rest.length > 0) {
    const r = unquoteChar(rest, '"');
    if (typeof r === 'string') throw new Error('invalid syntax');
    out += String.fromCodePoint(r.code);
    rest = r.tail;
  }
  return out;
}

const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, "'": 39, '"': 34 };

/** Go's strconv.UnquoteChar: the first (possibly escaped) character of `s` and the rest, or an error text. */
export function unquoteChar(s: string, quote: string): { code: number; tail: string } | string {
  const c = s.codePointAt(0);
  if (c === undefined) return 'invalid syntax';
  const ch = String.fromCodePoint(c);
  if (ch === quote && (quote === "'" || quote === '"')) return 'invalid syntax';
  if (ch !== '\\') return { code: c, tail: s.slice(ch.length) };
  const e = s[1];
  if (e === undefined) return 'invalid syntax';
  if (e in simple) {
    if ((e === "'" || e === '"') && e !== quote) return 'invalid syntax';
    return { code: simple[e]!, tail: s.slice(2) };
  }
  const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
  if (hexLen) {
    const h = s.slice(2, 2 + hexLen);
    if (!new RegExp(`^[0-9a-fA-F]{${hexLen}}$`).test(h)) return 'invalid syntax';
    return { code: parseInt(h, 16), tail: s.slice(2 + hexLen) };
  }
  if (e >= '0' && e <= '7') {
    const o = s.slice(1, 4);
    if (!/^[0-7]{3}$/.test(o) || parseInt(o, 8) > 255) return 'invalid syntax';
    return { code: parseInt(o, 8), tail: s.slice(4) };
  }
  return 'invalid syntax';
}

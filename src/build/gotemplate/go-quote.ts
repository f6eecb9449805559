const esc: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };

/** Go's strconv.Quote (or QuoteRune with quote `'`); `asciiOnly` escapes non-ASCII as `%+q` does. */
export function goQuote(s: string, quote = '"', asciiOnly = false): string {
  if (quote === '"' && /^[ !#-[\]-~]*$/.test(s)) return `"${s}"`;
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (esc[ch]) out += esc[ch];
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x80 || (!asciiOnly && isPrint(ch))) out += ch;
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + quote;
}

/** Go's unicode.IsPrint, approximately: letters, marks, numbers, punctuation, symbols and ASCII space. */
export function isPrint(ch: string): boolean {
  return ch === ' ' || /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch);
}

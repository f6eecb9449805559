import { goQuote } from '../go-quote.js';

/** Go's quoteChar: how encoding/json names an offending character. */
function quoteChar(c: string): string {
  if (c === "'") return "'\\''";
  if (c === '"') return '\'"\'';
  const q = goQuote(c);
  return "'" + q.slice(1, -1) + "'";
}

/** The message Go's encoding/json gives for malformed input (`invalid character 'x' looking for beginning of value`). */
export function jsonSyntaxError(s: string): string {
  let i = 0;
  class Stop { constructor(readonly msg: string) {} }
  const end = (): never => { throw new Stop('unexpected end of JSON input'); };
  const bad = (ctx: string): never => { throw new Stop(`invalid character ${quoteChar(s[i]!)} ${ctx}`); };
  const ws = (): void => { while (i < s.length && ' \t\r\n'.includes(s[i]!)) i++; };
  const lit = (word: string): void => {
    for (let k = 1; k < word.length; k++) {
      i++;
      if (i >= s.length) end();
      if (s[i] !== word[k]) bad(`in literal ${word} (expecting ${quoteChar(word[k]!)})`);
    }
    i++;
  };
  const digits = (ctx: string): void => {
    if (i >= s.length) end();
    if (!/[0-9]/.test(s[i]!)) bad(ctx);
    while (i < s.length && /[0-9]/.test(s[i]!)) i++;
  };
  const num = (): void => {
    if (s[i] === '-') { i++; if (i >= s.length) end(); if (!/[0-9]/.test(s[i]!)) bad('in numeric literal'); }
    if (s[i] === '0') i++; else digits('in numeric literal');
    if (s[i] === '.') { i++; digits('after decimal point in numeric literal'); }
    if (s[i] === 'e' || s[i] === 'E') {
      i++;
      if (s[i] === '+' || s[i] === '-') i++;
      digits('in exponent of numeric literal');
    }
  };
  const str = (): void => {
    i++;
    for (;;) {
      if (i >= s.length) end();
      const c = s[i]!;
      if (c === '"') { i++; return; }
      if (c < ' ') bad('in string literal');
      if (c === '\\') {
        i++;
        if (i >= s.length) end();
        if ('"\\/bfnrt'.includes(s[i]!)) { i++; continue; }
        if (s[i] !== 'u') bad('in string escape code');
        for (let k = 0; k < 4; k++) { i++; if (i >= s.length) end(); if (!/[0-9a-fA-F]/.test(s[i]!)) bad('in \\u hexadecimal character escape'); }
      }
      i++;
    }
  };
  const value = (): void => {
    ws();
    if (i >= s.length) end();
    const c = s[i]!;
    if (c === '{') {
      i++; ws();
      if (i >= s.length) end();
      if (s[i] === '}') { i++; return; }
      for (;;) {
        ws();
        if (i >= s.length) end();
        if (s[i] !== '"') bad('looking for beginning of object key string');
        str(); ws();
        if (i >= s.length) end();
        if (s[i] !== ':') bad('after object key');
        i++;
        value(); ws();
        if (i >= s.length) end();
        if (s[i] === '}') { i++; return; }
        if (s[i] !== ',') bad('after object key:value pair');
        i++;
      }
    }
    if (c === '[') {
      i++; ws();
      if (i >= s.length) end();
      if (s[i] === ']') { i++; return; }
      for (;;) {
        value(); ws();
        if (i >= s.length) end();
        if (s[i] === ']') { i++; return; }
        if (s[i] !== ',') bad('after array element');
        i++;
      }
    }
    if (c === '"') return str();
    if (c === 't') return lit('true');
    if (c === 'f') return lit('false');
    if (c === 'n') return lit('null');
    if (c === '-' || /[0-9]/.test(c)) return num();
    bad('looking for beginning of value');
  };
  try {
    value(); ws();
    if (i < s.length) bad('after top-level value');
    return 'unexpected end of JSON input';
  } catch (e) {
    if (e instanceof Stop) return e.msg;
    throw e;
  }
}

import { goQuote } from '../go-quote.js';
import { typed } from '../func-signature.js';
import type { FuncMap } from '../types.js';
import { strval } from './conv.js';
import { camelCase, kebabCase, snakeCase } from './case-words.js';

const bytes = (s: string): Buffer => Buffer.from(s, 'utf8');

function goTrim(s: string, cutset: string): string {
  const set = new Set([...cutset]);
  const chars = [...s];
  let i = 0;
  let j = chars.length;
  while (i < j && set.has(chars[i]!)) i++;
  while (j > i && set.has(chars[j - 1]!)) j--;
  return chars.slice(i, j).join('');
}

function abbreviateFull(str: string, offset: number, maxWidth: number): string {
  if (str === '') return '';
  if (maxWidth < 4) return '';
  if (str.length <= maxWidth) return str;
  let off = Math.min(offset, str.length);
  if (str.length - off < maxWidth - 3) off = str.length - (maxWidth - 3);
  if (off <= 4) return str.slice(0, maxWidth - 3) + '...';
  if (maxWidth < 7) return '';
  if (off + maxWidth - 3 < str.length) return '...' + abbreviateFull(str.slice(off), 0, maxWidth - 3);
  return '...' + str.slice(str.length - (maxWidth - 3));
}

/** goutils.WrapCustom: wraps at spaces to lines of at most `len` bytes, optionally breaking long words. */
export function wrapCustom(str: string, len: number, nl: string, wrapLong: boolean): string {
  if (str === '') return '';
  const newLine = nl === '' ? '\n' : nl;
  const width = Math.max(len, 1);
  let offset = 0;
  let out = '';
  while (str.length - offset > width) {
    if (str[offset] === ' ') { offset++; continue; }
    const at = str.slice(offset, width + offset + 1).lastIndexOf(' ') + offset;
    if (at >= offset) {
      out += str.slice(offset, at) + newLine;
      offset = at + 1;
    } else if (wrapLong) {
      out += str.slice(offset, width + offset) + newLine;
      offset += width;
    } else {
      const end = width + offset;
      const idx = str.slice(end).indexOf(' ');
      if (idx === -1) { out += str.slice(offset); offset = str.length; }
      else { out += str.slice(offset, idx + end) + newLine; offset = idx + end + 1; }
    }
  }
  return out + str.slice(offset);
}

function title(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    // Go's strings.Title: ASCII punctuation and any space separate words; other non-letters do not.
    const k = prev.codePointAt(0)!;
    const sep = k < 0x80 ? !/[A-Za-z0-9_]/.test(prev) : !/\p{L}|\p{Nd}/u.test(prev) && /\s/u.test(prev);
    out += sep ? ch.toUpperCase() : ch;
    prev = ch;
  }
  return out;
}

function untitle(s: string): string {
  return s.replace(/(^|\s)(\S)/gu, (_m, sp: string, c: string) => sp + c.toLowerCase());
}

function swapcase(s: string): string {
  return [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
}

/** Sprig's string functions. */
export function stringFuncs(): FuncMap {
  return {
    abbrev: typed('int string', (w, s) => (Number(w) < 4 ? s : abbreviateFull(s as string, 0, Number(w)))),
    abbrevboth: typed('int int string', (l, r, s) => {
      const left = Number(l);
      const right = Number(r);
      if (right < 4 || (left > 0 && right < 7)) return s;
      return abbreviateFull(s as string, left, right);
    }),
    trunc: typed('int string', (c, s) => {
      const n = Number(c);
      const b = bytes(s as string);
      if (n < 0 && b.length + n > 0) return b.subarray(b.length + n).toString();
      if (n >= 0 && b.length > n) return b.subarray(0, n).toString();
      return s;
    }),
    trim: typed('string', (s) => (s as string).replace(/^[\s\u0085\u00a0]+|[\s\u0085\u00a0]+$/gu, '')),
    upper: typed('string', (s) => (s as string).toUpperCase()),
    lower: typed('string', (s) => (s as string).toLowerCase()),
    title: typed('string', (s) => title(s as string)),
    untitle: typed('string', (s) => untitle(s as string)),
    substr: typed('int int string', (st, en, s) => {
      const b = bytes(s as string);
      const start = Number(st);
      const end = Number(en);
      if (start < 0) return b.subarray(0, end).toString();
      if (end < 0 || end > b.length) return b.subarray(start).toString();
      if (start > end) throw new Error(`runtime error: slice bounds out of range [${start}:${end}]`);
      return b.subarray(start, end).toString();
    }),
    repeat: typed('int string', (c, s) => {
      if (c as bigint < 0n) throw new Error('strings: negative Repeat count');
      return (s as string).repeat(Number(c));
    }),
    trimall: typed('string string', (a, b) => goTrim(b as string, a as string)),
    trimAll: typed('string string', (a, b) => goTrim(b as string, a as string)),
    trimSuffix: typed('string string', (a, b) => ((b as string).endsWith(a as string) && a !== '' ? (b as string).slice(0, -(a as string).length) : b)),
    trimPrefix: typed('string string', (a, b) => ((b as string).startsWith(a as string) ? (b as string).slice((a as string).length) : b)),
    nospace: typed('string', (s) => (s as string).replace(/\s/gu, '')),
    initials: typed('string', (s) => initials(s as string)),
    swapcase: typed('string', (s) => swapcase(s as string)),
    snakecase: typed('string', (s) => snakeCase(s as string)),
    camelcase: typed('string', (s) => camelCase(s as string)),
    kebabcase: typed('string', (s) => kebabCase(s as string)),
    wrap: typed('int string', (l, s) => wrapCustom(s as string, Number(l), '', false)),
    wrapWith: typed('int string string', (l, sep, s) => wrapCustom(s as string, Number(l), sep as string, true)),
    contains: typed('string string', (sub, s) => (s as string).includes(sub as string)),
    hasPrefix: typed('string string', (p, s) => (s as string).startsWith(p as string)),
    hasSuffix: typed('string string', (p, s) => (s as string).endsWith(p as string)),
    quote: typed('...any', (...a) => a.filter((x) => x !== null && x !== undefined).map((x) => goQuote(strval(x))).join(' ')),
    squote: typed('...any', (...a) => a.filter((x) => x !== null && x !== undefined).map((x) => `'${strval(x)}'`).join(' ')),
    cat: typed('...any', (...a) => a.filter((x) => x !== null && x !== undefined).map(strval).join(' ')),
    indent: typed('int string', (n, s) => indent(Number(n), s as string)),
    nindent: typed('int string', (n, s) => '\n' + indent(Number(n), s as string)),
    replace: typed('string string string', (o, n, s) => (s as string).split(o as string).join(n as string)),
    plural: typed('string string int', (one, many, n) => (n === 1n ? one : many)),
    toString: typed('any', (v: unknown) => strval(v)),
  };
}

/** goutils.Initials: works on bytes, so a word starting with a multi-byte letter yields that byte as a rune. */
function initials(s: string): string {
  let out = '';
  let gap = true;
  for (const b of Buffer.from(s, 'utf8')) {
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d) || b === 0x85 || b === 0xa0) gap = true;
    else if (gap) { out += String.fromCodePoint(b); gap = false; }
  }
  return out;
}

function indent(n: number, s: string): string {
  const pad = ' '.repeat(Math.max(n, 0));
  return pad + s.replace(/\n/g, '\n' + pad);
}

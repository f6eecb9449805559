import { formatFloat } from './format-float.js';
import { goQuote } from './go-quote.js';
import { GoTime } from './go-time.js';
import { goTypeName, goTypeTag, isGoMap, sortedEntries } from './go-types.js';
import { formatTime } from './time-format.js';

/** Flags and sizes of one fmt verb. */
export interface FmtFlags { plus: boolean; minus: boolean; sharp: boolean; space: boolean; zero: boolean; width: number; prec: number }

/** Flags of a plain `%v`. */
export const plainV: FmtFlags = { plus: false, minus: false, sharp: false, space: false, zero: false, width: -1, prec: -1 };

/** Go's `fmt.Sprint(v)` of one value (`%v`). */
export function formatValue(v: unknown): string {
  return fmtValue(v, 'v', plainV, 0);
}

/** Formats one operand with a verb the way Go's fmt does, including `%!verb(type=value)` for a bad verb. */
export function fmtValue(v: unknown, verb: string, f: FmtFlags, depth: number): string {
  if (verb === 'T') return pad(goTypeName(v), f);
  if (v === null || v === undefined) {
    // Inside a slice or map Go prints a nil element as <nil> whatever the verb.
    return verb === 'v' || depth > 0 ? pad('<nil>', f) : `%!${verb}(<nil>)`;
  }
  switch (typeof v) {
    case 'boolean': return verb === 'v' || verb === 't' ? pad(String(v), f) : badVerb(v, verb);
    case 'bigint': return fmtInt(v, verb, f);
    case 'number': return fmtFloat(v, verb, f);
    case 'string': return fmtString(v, verb, f);
    case 'function': return verb === 'v' || verb === 'p' ? pad('0xc000010000', f) : badVerb(v, verb);
    default: break;
  }
  if (v instanceof Error) return fmtString(v.message, verb === 'v' ? 's' : verb, f);
  if (v instanceof GoTime) return verb === 'v' || verb === 's' ? pad(formatTime(v, '2006-01-02 15:04:05.999999999 -0700 MST'), f) : badVerb(v, verb);
  const stringer = (v as { String?: unknown }).String;
  if (typeof stringer === 'function' && !isGoMap(v) && (verb === 'v' || verb === 's' || verb === 'q')) {
    return fmtString(String((stringer as () => unknown).call(v)), verb === 'v' ? 's' : verb, f);
  }
  if (v instanceof Uint8Array) {
    if (verb === 's' || verb === 'q' || verb === 'x' || verb === 'X') return fmtString(Buffer.from(v).toString('utf8'), verb, f);
    return '[' + [...v].map((b) => fmtInt(BigInt(b), verb === 'v' ? 'd' : verb, f)).join(' ') + ']';
  }
  if (typeof v === 'object' && goTypeTag in v && !Array.isArray(v)) {
    return '{' + Object.values(v).map((e) => fmtValue(e, verb, f, depth + 1)).join(' ') + '}';
  }
  if (Array.isArray(v)) return '[' + v.map((e) => fmtValue(e, verb, f, depth + 1)).join(' ') + ']';
  if (isGoMap(v)) {
    const plusV = f.plus && verb === 'v';
    void plusV;
    return 'map[' + sortedEntries(v).map(([k, e]) => `${fmtValue(k, verb, f, depth + 1)}:${fmtValue(e, verb, f, depth + 1)}`).join(' ') + ']';
  }
  return pad(String(v), f);
}

/** Go's `%!verb(type=value)` for an operand of the wrong kind. */
export function badVerb(v: unknown, verb: string): string {
  if (v === null || v === undefined) return `%!${verb}(<nil>)`;
  return `%!${verb}(${goTypeName(v)}=${formatValue(v)})`;
}

function pad(s: string, f: FmtFlags, zeroOK = false): string {
  const len = [...s].length;
  if (f.width < 0 || len >= f.width) return s;
  const n = f.width - len;
  if (f.minus) return s + ' '.repeat(n);
  if (f.zero && zeroOK) {
    const sign = /^[+\- ]/.test(s) ? s[0]! : '';
    return sign + '0'.repeat(n) + s.slice(sign.length);
  }
  return ' '.repeat(n) + s;
}

function sign(neg: boolean, f: FmtFlags): string {
  return neg ? '-' : f.plus ? '+' : f.space ? ' ' : '';
}

function fmtInt(v: bigint, verb: string, f: FmtFlags): string {
  const neg = v < 0n;
  const a = neg ? -v : v;
  let digits: string;
  let prefix = '';
  switch (verb) {
    case 'v': case 'd': digits = a.toString(10); break;
    case 'b': digits = a.toString(2); if (f.sharp) prefix = '0b'; break;
    case 'o': digits = a.toString(8); if (f.sharp) prefix = '0'; break;
    case 'O': digits = a.toString(8); prefix = '0o'; break;
    case 'x': digits = a.toString(16); if (f.sharp) prefix = '0x'; break;
    case 'X': digits = a.toString(16).toUpperCase(); if (f.sharp) prefix = '0X'; break;
    case 'c': return pad(String.fromCodePoint(Number(v)), f);
    case 'q': return pad(goQuote(String.fromCodePoint(Number(v)), "'", f.plus), f);
    case 'U': {
      const u = 'U+' + a.toString(16).toUpperCase().padStart(4, '0');
      return pad(f.sharp ? `${u} '${String.fromCodePoint(Number(v))}'` : u, f);
    }
    default: return badVerb(v, verb);
  }
  if (f.prec >= 0) {
    digits = f.prec === 0 && a === 0n ? '' : digits.padStart(f.prec, '0');
    return pad(sign(neg, f) + prefix + digits, f);
  }
  if (f.zero && !f.minus && f.width > 0) {
    const head = sign(neg, f) + prefix;
    return head + digits.padStart(f.width - head.length, '0');
  }
  return pad(sign(neg, f) + prefix + digits, f);
}

function fmtFloat(v: number, verb: string, f: FmtFlags): string {
  let s: string;
  switch (verb) {
    case 'v': case 'g': case 'G': s = formatFloat(v, verb === 'G' ? 'G' : 'g', f.prec); break;
    case 'e': case 'E': case 'f': case 'F': s = formatFloat(v, verb, f.prec < 0 ? 6 : f.prec); break;
    default: return badVerb(v, verb);
  }
  if (f.plus && !s.startsWith('-') && !s.startsWith('+')) s = '+' + s;
  else if (f.space && !s.startsWith('-')) s = ' ' + s;
  return pad(s, f, Number.isFinite(v) && !f.minus);
}

function fmtString(s: string, verb: string, f: FmtFlags): string {
  switch (verb) {
    case 'v': case 's': return pad(f.prec >= 0 ? [...s].slice(0, f.prec).join('') : s, f);
    case 'q':
      if (f.sharp && !s.includes('`') && ![...s].some((c) => (c < ' ' && c !== '\t') || c === '\x7f')) return pad('`' + s + '`', f);
      return pad(goQuote(s, '"', f.plus), f);
    case 'x': case 'X': {
      const bytes = [...Buffer.from(s, 'utf8')].map((b) => b.toString(16).padStart(2, '0'));
      let out = f.space ? bytes.map((b) => (f.sharp ? '0x' + b : b)).join(' ') : (f.sharp ? '0x' : '') + bytes.join('');
      if (verb === 'X') out = out.toUpperCase();
      return pad(out, f);
    }
    default: return badVerb(s, verb);
  }
}

import { matchShellPattern } from '../../lib/shell-pattern.js';

/** A parameter expansion: takes the variable's value and the expansion's arguments. */
type ExpansionFunc = (value: string, ...args: string[]) => string;

const toDefault: ExpansionFunc = (v, ...args) => (v.length === 0 && args.length > 0 ? args.join('') : v);

const toSubstr: ExpansionFunc = (v, ...args) => {
  if (args.length === 0 || !/^[+-]?\d+$/.test(args[0]!)) return v;
  let pos = Number(args[0]);
  if (pos < 0) pos = Math.max(0, v.length + pos);
  if (args.length === 1) return pos < v.length ? v.slice(pos) : '';
  if (!/^[+-]?\d+$/.test(args[1]!)) return v;
  const length = Number(args[1]);
  if (length < 0) {
    const end = v.length + length;
    return end < pos ? '' : v.slice(pos, end);
  }
  if (pos + length >= v.length) return pos < v.length ? v.slice(pos) : '';
  return v.slice(pos, pos + length);
};

const reverse = (s: string): string => [...s].reverse().join('');

function trimShortest(s: string, pattern: string): string {
  let shortest = '';
  for (let i = 0; i < s.length; i++) {
    const prefix = s.slice(0, s.length - i);
    try {
      if (matchShellPattern(pattern, prefix)) shortest = prefix;
    } catch {
      return s;
    }
  }
  return shortest !== '' ? s.slice(shortest.length) : s;
}

function trimLongest(s: string, pattern: string): string {
  for (let i = 0; i < s.length; i++) {
    const prefix = s.slice(0, s.length - i);
    try {
      if (matchShellPattern(pattern, prefix)) return s.slice(prefix.length);
    } catch {
      return s;
    }
  }
  return s;
}

// A replacer function, not a string: `$&` in a value must stay literal.
const replaceFirst: ExpansionFunc = (v, from, to = '') => (from === undefined ? v : v.replace(from, () => to));

/** The expansion function for an operator (`:-`, `//`, `^^`, …), exactly as Flux's envsubst picks it. */
export function expansionFunc(name: string, argCount: number): ExpansionFunc {
  switch (name) {
    case ',': return (v) => (v ? v[0]!.toLowerCase() + v.slice(1) : v);
    case ',,': return (v) => v.toLowerCase();
    case '^': return (v) => (v ? v[0]!.toUpperCase() + v.slice(1) : v);
    case '^^': return (v) => v.toUpperCase();
    case '#': return argCount === 0 ? (v) => String(Buffer.byteLength(v)) : (v, p) => (p === undefined ? v : trimShortest(v, p));
    case '##': return (v, p) => (p === undefined ? v : trimLongest(v, p));
    case '%': return (v, p) => (p === undefined ? v : reverse(trimShortest(reverse(v), reverse(p))));
    case '%%': return (v, p) => (p === undefined ? v : reverse(trimLongest(reverse(v), reverse(p))));
    case ':': return toSubstr;
    case '/#': return (v, from, to) => (from !== undefined && to !== undefined && v.startsWith(from) ? to + v.slice(from.length) : v);
    case '/%': return (v, from, to) => (from !== undefined && to !== undefined && v.endsWith(from) ? v.slice(0, v.length - from.length) + to : v);
    case '/': return replaceFirst;
    case '//': return (v, from, to = '') => (from === undefined ? v : v.split(from).join(to));
    default: return toDefault;
  }
}

/** Operators that handle an unset variable themselves, so strict mode lets them through. */
export function isDefaultOperator(name: string): boolean {
  return ['-', '+', '=', '?', ':-', ':+', ':=', ':?'].includes(name);
}

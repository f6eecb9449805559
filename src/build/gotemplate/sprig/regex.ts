import { typed } from '../func-signature.js';
import type { FuncMap } from '../types.js';

const posix: Record<string, string> = {
  alnum: '0-9A-Za-z', alpha: 'A-Za-z', ascii: '\\x00-\\x7f', blank: '\\t ', cntrl: '\\x00-\\x1f\\x7f', digit: '0-9',
  graph: '!-~', lower: 'a-z', print: ' -~', punct: '!-\\/:-@\\[-`{-~', space: '\\t\\n\\v\\f\\r ', upper: 'A-Z',
  word: '0-9A-Za-z_', xdigit: '0-9A-Fa-f',
};

/** Compiles a Go RE2 pattern as a JS RegExp (named groups, leading flag groups); throws Go-like errors. */
export function goRegexp(pattern: string, global = true): RegExp {
  let src = pattern.replace(/\(\?P</g, '(?<');
  let flags = global ? 'gu' : 'u';
  const lead = /^\(\?([imsU]+)\)/.exec(src);
  if (lead) {
    src = src.slice(lead[0].length);
    for (const f of lead[1]!) if (f !== 'U' && !flags.includes(f)) flags += f;
  }
  src = src.replace(/\\z/g, '$(?![\\s\\S])').replace(/\\A/g, '^')
    .replace(/\\Q([\s\S]*?)(\\E|$)/g, (_m, lit: string) => lit.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))
    .replace(/\\([pP])([A-Za-z])/g, '\\$1{$2}')
    .replace(/\[:(\^?)(\w+):\]/g, (m, neg: string, cls: string) => (posix[cls] !== undefined && !neg ? posix[cls]! : m));
  try {
    return new RegExp(src, flags);
  } catch (e) {
    throw new Error(`error parsing regexp: ${goRegexpError((e as Error).message, pattern)}`, { cause: e });
  }
}

/** Go's regexp/syntax wording for a pattern JS refused. */
function goRegexpError(js: string, pattern: string): string {
  if (/Unterminated group/.test(js)) return `missing closing ): \`${pattern}\``;
  if (/Unmatched '\)'/.test(js)) return `unexpected ): \`${pattern}\``;
  if (/Nothing to repeat/.test(js)) return `missing argument to repetition operator: \`${/[*+?]/.exec(pattern)?.[0] ?? ''}\``;
  if (/Unterminated character class/.test(js)) return `missing closing ]: \`${pattern.slice(pattern.lastIndexOf('['))}\``;
  if (/out of order/.test(js)) return `invalid character class range: \`${/.-./.exec(pattern.slice(pattern.lastIndexOf('[') + 1))?.[0] ?? ''}\``;
  if (/\\ at end of pattern/.test(js)) return 'trailing backslash at end of expression: ``';
  return `invalid or unsupported Perl syntax: \`${pattern}\``;
}

/** Go's Regexp.Expand template: `$1`, `${1}`, `$name`, `${name}`, `$$`. */
function expand(template: string, m: RegExpExecArray): string {
  return template.replace(/\$(\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g, (_all, tok: string, braced?: string, bare?: string) => {
    if (tok === '$') return '$';
    const name = braced ?? bare ?? '';
    if (/^\d+$/.test(name)) return m[Number(name)] ?? '';
    return m.groups?.[name] ?? '';
  });
}

function replaceAll(re: RegExp, s: string, f: (m: RegExpExecArray) => string): string {
  let out = '';
  let last = 0;
  for (const m of s.matchAll(re)) {
    out += s.slice(last, m.index) + f(m as RegExpExecArray);
    last = m.index + m[0].length;
  }
  return out + s.slice(last);
}

function findAll(re: RegExp, s: string, n: number): string[] {
  const all = [...s.matchAll(re)].map((m) => m[0]);
  return n < 0 ? all : all.slice(0, n);
}

function split(re: RegExp, s: string, n: number): string[] {
  if (n === 0) return [];
  if (re.source === '(?:)' && s.length > 0) return [...s];
  const out: string[] = [];
  let beg = 0;
  for (const m of s.matchAll(re)) {
    if (n > 0 && out.length === n - 1) break;
    if (m[0].length === 0 && (m.index === 0 || m.index === s.length)) continue;
    out.push(s.slice(beg, m.index));
    beg = m.index + m[0].length;
  }
  out.push(s.slice(beg));
  return out;
}

function pair(name: string, sig: string, f: (...a: never[]) => unknown, soft: unknown): FuncMap {
  const must = 'must' + name[0]!.toUpperCase() + name.slice(1);
  const fn = f as (...a: unknown[]) => unknown;
  return {
    [name]: typed(sig, (...a: unknown[]) => { try { return fn(...a); } catch { return soft; } }),
    [must]: typed(sig, fn),
  };
}

/** Sprig's regular-expression functions (Go's RE2 syntax translated to JS). */
export function regexFuncs(): FuncMap {
  return {
    ...pair('regexMatch', 'string string', (r: string, s: string) => goRegexp(r, false).test(s), false),
    ...pair('regexFindAll', 'string string int', (r: string, s: string, n: bigint) => findAll(goRegexp(r), s, Number(n)), []),
    ...pair('regexFind', 'string string', (r: string, s: string) => goRegexp(r, false).exec(s)?.[0] ?? '', ''),
    ...pair('regexReplaceAll', 'string string string', (r: string, s: string, t: string) => replaceAll(goRegexp(r), s, (m) => expand(t, m)), ''),
    ...pair('regexReplaceAllLiteral', 'string string string', (r: string, s: string, t: string) => replaceAll(goRegexp(r), s, () => t), ''),
    ...pair('regexSplit', 'string string int', (r: string, s: string, n: bigint) => split(goRegexp(r), s, Number(n)), []),
    regexQuoteMeta: typed('string', (s) => (s as string).replace(/[\\.+*?()|[\]{}^$]/g, '\\$&')),
  };
}

import { badVerb, fmtValue, formatValue, plainV, type FmtFlags } from './go-fmt.js';
import { goTypeName } from './go-types.js';

/** Go's fmt.Sprintf with Go's verbs, flags, width, precision and its `%!` error notations. */
export function sprintf(format: string, args: readonly unknown[]): string {
  let out = '';
  let argNum = 0;
  let reordered = false;
  let i = 0;
  const n = format.length;
  while (i < n) {
    const pct = format.indexOf('%', i);
    if (pct < 0) { out += format.slice(i); break; }
    out += format.slice(i, pct);
    i = pct + 1;
    const f: FmtFlags = { ...plainV };
    for (; i < n; i++) {
      const c = format[i];
      if (c === '#') f.sharp = true;
      else if (c === '0') f.zero = !f.minus;
      else if (c === '+') f.plus = true;
      else if (c === '-') { f.minus = true; f.zero = false; }
      else if (c === ' ') f.space = true;
      else break;
    }
    const argIndex = (): void => {
      const m = /^\[(\d+)\]/.exec(format.slice(i));
      if (m) { argNum = Number(m[1]) - 1; i += m[0].length; reordered = true; }
    };
    argIndex();
    let bad = '';
    if (format[i] === '*') {
      i++;
      const w = args[argNum++];
      if (typeof w === 'bigint') { f.width = Number(w); if (f.width < 0) { f.minus = true; f.width = -f.width; } }
      else bad = '%!(BADWIDTH)';
    } else {
      const m = /^\d+/.exec(format.slice(i));
      if (m) { f.width = Number(m[0]); i += m[0].length; }
    }
    if (format[i] === '.') {
      i++;
      argIndex();
      if (format[i] === '*') {
        i++;
        const p = args[argNum++];
        if (typeof p === 'bigint' && p >= 0n) f.prec = Number(p);
        else bad = '%!(BADPREC)';
      } else {
        const m = /^\d+/.exec(format.slice(i));
        f.prec = m ? Number(m[0]) : 0;
        if (m) i += m[0].length;
      }
    }
    argIndex();
    if (i >= n) { out += bad + '%!(NOVERB)'; break; }
    const verb = String.fromCodePoint(format.codePointAt(i)!);
    i += verb.length;
    out += bad;
    if (verb === '%') { out += '%'; continue; }
    if (argNum >= args.length) { out += `%!${verb}(MISSING)`; continue; }
    const arg = args[argNum++];
    if (verb === 'w') { out += badVerb(arg, 'w'); continue; }
    // %+v means "field names" in Go, not a sign.
    if (verb === 'v' && f.plus) f.plus = false;
    out += fmtValue(arg, verb, f, 0);
  }
  if (!reordered && argNum < args.length) {
    out += '%!(EXTRA ' + args.slice(argNum).map((a) => (a === null || a === undefined ? '<nil>' : `${goTypeName(a)}=${formatValue(a)}`)).join(', ') + ')';
  }
  return out;
}

/** Go's fmt.Sprint: operands printed with %v, a space between two operands when neither is a string. */
export function sprint(args: readonly unknown[]): string {
  let out = '';
  let prevString = false;
  args.forEach((a, k) => {
    const isString = typeof a === 'string';
    if (k > 0 && !isString && !prevString) out += ' ';
    out += formatValue(a);
    prevString = isString;
  });
  return out;
}

/** Go's fmt.Sprintln: operands with %v separated by spaces, then a newline. */
export function sprintln(args: readonly unknown[]): string {
  return args.map(formatValue).join(' ') + '\n';
}

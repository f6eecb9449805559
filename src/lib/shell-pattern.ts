/**
 * Whether a whole string matches a shell pattern as bash's `${v#pattern}` uses it (Flux's envsubst): `*` any
 * sequence (slashes included), `?` any one character, `[...]` a class (`^` negates, ranges allowed), `\` escapes.
 * Throws on a malformed pattern.
 */
export function matchShellPattern(pattern: string, name: string): boolean {
  return matchFrom(pattern, 0, name, 0);
}

function matchFrom(p: string, pi: number, s: string, si: number): boolean {
  while (pi < p.length) {
    const c = p[pi]!;
    if (c === '*') {
      while (p[pi] === '*') pi++;
      for (let k = si; k <= s.length; k++) {
        if (matchFrom(p, pi, s, k)) return true;
      }
      return false;
    }
    if (si >= s.length) {
      if (c === '[') classEnd(p, pi); // still validate the pattern
      return false;
    }
    if (c === '?') {
      // any one character
    } else if (c === '[') {
      const end = classEnd(p, pi);
      if (!classMatches(p.slice(pi + 1, end), s[si]!)) return false;
      pi = end;
    } else if (c === '\\') {
      pi++;
      if (pi >= p.length) throw new Error(`syntax error in pattern ${JSON.stringify(p)}`);
      if (p[pi] !== s[si]) return false;
    } else if (c !== s[si]) {
      return false;
    }
    pi++;
    si++;
  }
  return si === s.length;
}

function classEnd(p: string, start: number): number {
  let i = start + 1;
  if (p[i] === '^') i++;
  for (let first = true; i < p.length; i++, first = false) {
    if (p[i] === '\\') i++;
    else if (p[i] === ']' && !first) return i;
  }
  throw new Error(`syntax error in pattern ${JSON.stringify(p)}`);
}

function classMatches(body: string, ch: string): boolean {
  let negate = false;
  let i = 0;
  if (body[0] === '^') {
    negate = true;
    i = 1;
  }
  let matched = false;
  while (i < body.length) {
    let lo = body[i]!;
    if (lo === '\\') lo = body[++i]!;
    let hi = lo;
    if (body[i + 1] === '-' && i + 2 < body.length) {
      hi = body[i + 2] === '\\' ? body[i + 3]! : body[i + 2]!;
      i += body[i + 2] === '\\' ? 3 : 2;
    }
    if (lo <= ch && ch <= hi) matched = true;
    i++;
  }
  return matched !== negate;
}

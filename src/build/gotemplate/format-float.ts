/** Go's strconv.FormatFloat for verbs e, E, f, F, g, G with a precision (-1 = shortest), as fmt prints float64. */
export function formatFloat(v: number, verb: string, prec: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf';
  const neg = v < 0 || Object.is(v, -0);
  const a = Math.abs(v);
  let body: string;
  switch (verb) {
    case 'e': case 'E': body = expForm(a, prec < 0 ? undefined : prec, verb); break;
    case 'f': case 'F': body = prec < 0 ? fixedShortest(a) : roundFixed(a, prec); break;
    default: body = gForm(a, prec, verb === 'G' ? 'E' : 'e');
  }
  return (neg ? '-' : '') + body;
}

/** Digits and decimal-point position of |v| rounded to `sig` significant digits (shortest when undefined). */
function digits(a: number, sig?: number): { d: string; dp: number } {
  if (a === 0) return { d: sig ? '0'.repeat(sig) : '0', dp: 1 };
  const s = sig === undefined ? a.toExponential() : roundExp(a, sig - 1);
  const [m, e] = s.split('e') as [string, string];
  return { d: m.replace('.', ''), dp: Number(e) + 1 };
}

function expForm(a: number, prec: number | undefined, e: string): string {
  const { d, dp } = digits(a, prec === undefined ? undefined : prec + 1);
  const mant = d.length > 1 ? `${d[0]}.${d.slice(1)}` : d;
  const exp = a === 0 ? 0 : dp - 1;
  return `${mant}${e}${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

function gForm(a: number, prec: number, e: string): string {
  const shortest = prec < 0;
  const p = prec === 0 ? 1 : prec;
  const { d, dp } = digits(a, shortest ? undefined : p);
  let eprec = p;
  if (!shortest && eprec > d.length && d.length >= dp) eprec = d.length;
  if (shortest) eprec = 6;
  const exp = a === 0 ? 0 : dp - 1;
  const trimmed = shortest ? d : d.replace(/0+$/, '') || '0';
  if (exp < -4 || exp >= eprec) {
    const m = trimmed.length > 1 ? `${trimmed[0]}.${trimmed.slice(1)}` : trimmed;
    return `${m}${e}${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return placeDigits(trimmed, dp);
}

function placeDigits(d: string, dp: number): string {
  if (dp <= 0) return '0.' + '0'.repeat(-dp) + d;
  if (dp >= d.length) return d + '0'.repeat(dp - d.length);
  return d.slice(0, dp) + '.' + d.slice(dp);
}

function fixedShortest(a: number): string {
  const { d, dp } = digits(a);
  return placeDigits(d, dp);
}

/** Round-half-even on the exact binary value, as Go does (JS toFixed rounds exact ties up). */
function roundFixed(a: number, prec: number): string {
  // Doubles this large are integers; toFixed would switch to exponent form.
  if (a >= 1e21) return BigInt(a).toString() + (prec > 0 ? '.' + '0'.repeat(prec) : '');
  const s = a.toFixed(Math.min(prec, 100));
  return fixTie(a, s, prec, (x, p) => x.toFixed(p)) + (prec > 100 ? '0'.repeat(prec - 100) : '');
}

function roundExp(a: number, prec: number): string {
  return fixTie(a, a.toExponential(Math.min(prec, 100)), prec, (x, p) => x.toExponential(p));
}

function fixTie(a: number, s: string, prec: number, f: (x: number, p: number) => string): string {
  const more = Math.min(prec + 25, 100);
  if (more <= prec) return s;
  const [m, e] = f(a, more).split('e') as [string, string | undefined];
  const cut = m.length - (more - prec);
  if (!/^50*$/.test(m.slice(cut))) return s;
  let head = m.slice(0, cut);
  if (head.endsWith('.')) head = head.slice(0, -1);
  if (Number(head.slice(-1)) % 2 !== 0) return s;
  return e === undefined ? head : `${head}e${e}`;
}

/**
 * A number as kustomize prints it: integers in decimal, other numbers as Go's `strconv.FormatFloat(f, 'g', -1, 64)`
 * (shortest digits; exponent form when the exponent is below -4 or at least 21 for integers, 6 otherwise... as Go).
 */
export function formatGoNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  if (!Number.isFinite(n)) return Number.isNaN(n) ? '.nan' : n > 0 ? '+.inf' : '-.inf';
  const [mant, expText] = n.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  if (exp < -4 || exp >= 21 || (!Number.isInteger(n) && exp >= 21)) {
    const e = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : String(Math.abs(exp));
    return `${mant}e${exp < 0 ? '-' : '+'}${e}`;
  }
  return String(n);
}

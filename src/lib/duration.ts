import { InvalidDurationError } from './invalid-duration-error.js';

const NS_PER_UNIT: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1_000n,
  'µs': 1_000n,
  'μs': 1_000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

// Go's time.Duration is an int64 of nanoseconds.
const MAX_NS = (1n << 63n) - 1n;

/** The pattern Flux's CRDs put on interval-like fields (`1m`, `1h30m`, `500ms`, `1.5h`). */
export const fluxDurationPattern = '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$';

/** The pattern Flux's CRDs put on source timeouts, which have no `h` unit (`60s`, `5m`). */
export const fluxTimeoutPattern = '^([0-9]+(\\.[0-9]+)?(ms|s|m))+$';

/**
 * Parses a Go duration ("1h30m", "90s", "1.5h", "500ms", "-2m", "0") to nanoseconds, exactly as Go's
 * `time.ParseDuration` does. Throws {@link InvalidDurationError} naming the value otherwise.
 */
export function parseDurationNs(value: string): bigint {
  let s = value;
  if (s === '') throw new InvalidDurationError(value, 'empty', 'empty string');
  let sign = 1n;
  if (s[0] === '-' || s[0] === '+') {
    if (s[0] === '-') sign = -1n;
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') throw new InvalidDurationError(value, 'syntax', 'a sign needs a number after it');
  let total = 0n;
  const component = /^([0-9]*)(?:\.([0-9]*))?([^0-9.]*)/;
  while (s !== '') {
    const m = component.exec(s);
    const whole = m?.[1] ?? '';
    const frac = m?.[2] ?? '';
    const unit = m?.[3] ?? '';
    if (!m || (whole === '' && frac === '')) {
      throw new InvalidDurationError(value, 'syntax', `expected a number at ${JSON.stringify(s)}`);
    }
    if (unit === '') throw new InvalidDurationError(value, 'missing-unit', `missing unit after ${JSON.stringify(m[0])} (use ns, us, ms, s, m or h)`);
    const scale = NS_PER_UNIT[unit];
    if (scale === undefined) throw new InvalidDurationError(value, 'unknown-unit', `unknown unit ${JSON.stringify(unit)} (use ns, us, ms, s, m or h)`);
    let ns = BigInt(whole === '' ? '0' : whole) * scale;
    if (frac !== '') {
      // Go truncates the fraction towards zero after scaling.
      ns += (BigInt(frac) * scale) / 10n ** BigInt(frac.length);
    }
    total += ns;
    if (total > MAX_NS) throw new InvalidDurationError(value, 'overflow', 'larger than Go allows (about 292 years)');
    s = s.slice(m[0].length);
  }
  return sign * total;
}

/** Parses a Go duration to milliseconds (fractional below 1 ms). See {@link parseDurationNs}. */
export function parseDuration(value: string): number {
  return Number(parseDurationNs(value)) / 1e6;
}

/** Formats nanoseconds as Go's `Duration.String()` does: `1h30m0s`, `1m0s`, `1.5s`, `500ms`, `0s`. */
export function formatDurationNs(ns: bigint): string {
  const neg = ns < 0n;
  let u = neg ? -ns : ns;
  let out: string;
  if (u === 0n) return '0s';
  if (u < 1_000_000_000n) {
    if (u < 1_000n) out = `${u}ns`;
    else if (u < 1_000_000n) out = `${fraction(u, 3)}µs`;
    else out = `${fraction(u, 6)}ms`;
  } else {
    const secs = fraction(u % 60_000_000_000n, 9);
    u /= 60_000_000_000n;
    out = `${secs}s`;
    if (u > 0n) {
      out = `${u % 60n}m${out}`;
      u /= 60n;
      if (u > 0n) out = `${u}h${out}`;
    }
  }
  return neg ? `-${out}` : out;
}

/** Formats milliseconds as Go's `Duration.String()` does (`90000` → `1m30s`). */
export function formatDuration(ms: number): string {
  return formatDurationNs(BigInt(Math.round(ms * 1e6)));
}

/** Rewrites a duration string in Go's canonical form (`1h30m` → `1h30m0s`, `60s` → `1m0s`). */
export function canonicalDuration(value: string): string {
  return formatDurationNs(parseDurationNs(value));
}

/** Whether the value matches the pattern Flux's CRDs use for durations (units ms, s, m, h only). */
export function isFluxDuration(value: string, pattern: string = fluxDurationPattern): boolean {
  return new RegExp(pattern).test(value);
}

function fraction(v: bigint, prec: number): string {
  const scale = 10n ** BigInt(prec);
  const whole = v / scale;
  const rest = (v % scale).toString().padStart(prec, '0').replace(/0+$/, '');
  return rest === '' ? `${whole}` : `${whole}.${rest}`;
}

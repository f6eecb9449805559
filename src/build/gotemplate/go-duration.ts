/** Go's time.Duration.String for a duration in nanoseconds: `1h30m0s`, `1.5s`, `500ms`, `0s`. */
export function formatDuration(ns: bigint): string {
  if (ns === 0n) return '0s';
  const neg = ns < 0n;
  const u = neg ? -ns : ns;
  let out: string;
  if (u < 1000000000n) {
    const [unit, scale] = u < 1000n ? ['ns', 1n] : u < 1000000n ? ['µs', 1000n] : ['ms', 1000000n];
    out = frac(u, scale) + unit;
  } else {
    const h = u / 3600000000000n;
    const m = (u / 60000000000n) % 60n;
    const s = frac(u % 60000000000n, 1000000000n) + 's';
    out = h > 0n ? `${h}h${m}m${s}` : m > 0n ? `${m}m${s}` : s;
  }
  return (neg ? '-' : '') + out;
}

function frac(v: bigint, scale: bigint): string {
  const whole = v / scale;
  const rest = v % scale;
  if (rest === 0n) return whole.toString();
  const digits = rest.toString().padStart(scale.toString().length - 1, '0').replace(/0+$/, '');
  return `${whole}.${digits}`;
}

const units: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** Go's time.ParseDuration (`1h30m`, `-1.5s`, `300ms`); throws Go's message on bad input. */
export function parseDuration(s: string): bigint {
  const bad = (): never => { throw new Error(`time: invalid duration ${JSON.stringify(s)}`); };
  let rest = s;
  let neg = false;
  if (rest.startsWith('-') || rest.startsWith('+')) { neg = rest[0] === '-'; rest = rest.slice(1); }
  if (rest === '0') return 0n;
  if (rest === '') bad();
  let total = 0;
  while (rest !== '') {
    const m = /^(\d*\.?\d*)(ns|us|µs|μs|ms|s|m|h)/.exec(rest);
    if (!m || m[1] === '' || m[1] === '.') {
      if (/^\d*\.?\d*$/.test(rest)) throw new Error(`time: missing unit in duration ${JSON.stringify(s)}`);
      if (/^\d/.test(rest)) throw new Error(`time: unknown unit ${JSON.stringify(rest.replace(/^[\d.]+/, '').replace(/\d.*$/, ''))} in duration ${JSON.stringify(s)}`);
      bad();
    }
    total += Number(m![1]) * units[m![2]!]!;
    rest = rest.slice(m![0].length);
  }
  const v = BigInt(Math.round(total));
  return neg ? -v : v;
}

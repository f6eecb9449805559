import { toFloat64 } from './conv.js';

interface Dec { m: bigint; e: number }

/** shopspring/decimal's NewFromFloat: the shortest decimal that reads back as the float. */
function fromFloat(f: number): Dec {
  if (!Number.isFinite(f)) throw new Error(`Cannot create a Decimal from ${f}`);
  const [mant, exp] = f.toExponential().split('e') as [string, string];
  const digits = mant.replace('.', '').replace('-', '');
  const frac = (mant.split('.')[1] ?? '').length;
  const e = Number(exp) - frac;
  return { m: BigInt((f < 0 ? '-' : '') + digits), e };
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const e = Math.min(a.e, b.e);
  return [a.m * 10n ** BigInt(a.e - e), b.m * 10n ** BigInt(b.e - e), e];
}

function toNumber(d: Dec): number {
  return Number(`${d.m}e${d.e}`);
}

function div(a: Dec, b: Dec): Dec {
  if (b.m === 0n) throw new Error('decimal division by zero');
  // shopspring rounds quotients to 16 decimal places, half away from zero.
  const scale = 16;
  const [am, bm] = align(a, b);
  const num = am * 10n ** BigInt(scale + 1);
  let q = num / bm;
  const neg = q < 0n;
  if (neg) q = -q;
  q = (q + 5n) / 10n;
  return { m: neg ? -q : q, e: -scale };
}

/** Sprig's execDecimalOp: folds values with exact decimal arithmetic and returns the float64 result. */
export function decimalOp(first: unknown, rest: unknown[], op: '+' | '-' | '*' | '/'): number {
  let acc = fromFloat(toFloat64(first));
  for (const x of rest) {
    const d = fromFloat(toFloat64(x));
    if (op === '*') acc = { m: acc.m * d.m, e: acc.e + d.e };
    else if (op === '/') acc = div(acc, d);
    else {
      const [a, b, e] = align(acc, d);
      acc = { m: op === '+' ? a + b : a - b, e };
    }
  }
  return toNumber(acc);
}

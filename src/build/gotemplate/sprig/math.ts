import { typed } from '../func-signature.js';
import type { FuncMap } from '../types.js';
import { strval, toFloat64, toInt64 } from './conv.js';
import { decimalOp } from './decimal.js';

const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);

function divInt(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new Error('runtime error: integer divide by zero');
  return wrap(a / b);
}

function round(v: unknown, p: unknown, ...opt: unknown[]): number {
  const val = toFloat64(v);
  const roundOn = opt.length > 0 ? toFloat64(opt[0]) : 0.5;
  const pow = Math.pow(10, Number(p));
  const digit = pow * val;
  const frac = digit - Math.trunc(digit);
  const r = frac >= roundOn ? Math.ceil(digit) : Math.floor(digit);
  return r / pow;
}

/** Sprig's math functions: integer ones return Go ints, the `f` ones float64 computed in decimal as Sprig does. */
export function mathFuncs(): FuncMap {
  return {
    add1: typed('any', (i) => wrap(toInt64(i) + 1n)),
    add: typed('...any', (...i) => i.reduce<bigint>((a, b) => wrap(a + toInt64(b)), 0n)),
    sub: typed('any any', (a, b) => wrap(toInt64(a) - toInt64(b))),
    div: typed('any any', (a, b) => divInt(toInt64(a), toInt64(b))),
    mod: typed('any any', (a, b) => {
      const d = toInt64(b);
      if (d === 0n) throw new Error('runtime error: integer divide by zero');
      return toInt64(a) % d;
    }),
    mul: typed('any ...any', (a, ...v) => v.reduce<bigint>((acc, b) => wrap(acc * toInt64(b)), toInt64(a))),
    add1f: typed('any', (i) => decimalOp(i, [1n], '+')),
    addf: typed('...any', (...i) => decimalOp(0, i, '+')),
    subf: typed('any ...any', (a, ...v) => decimalOp(a, v, '-')),
    mulf: typed('any ...any', (a, ...v) => decimalOp(a, v, '*')),
    divf: typed('any ...any', (a, ...v) => decimalOp(a, v, '/')),
    max: typed('any ...any', (a, ...i) => i.reduce<bigint>((m, b) => { const x = toInt64(b); return x > m ? x : m; }, toInt64(a))),
    biggest: typed('any ...any', (a, ...i) => i.reduce<bigint>((m, b) => { const x = toInt64(b); return x > m ? x : m; }, toInt64(a))),
    min: typed('any ...any', (a, ...i) => i.reduce<bigint>((m, b) => { const x = toInt64(b); return x < m ? x : m; }, toInt64(a))),
    maxf: typed('any ...any', (a, ...i) => i.reduce<number>((m, b) => Math.max(m, toFloat64(b)), toFloat64(a))),
    minf: typed('any ...any', (a, ...i) => i.reduce<number>((m, b) => Math.min(m, toFloat64(b)), toFloat64(a))),
    ceil: typed('any', (a) => Math.ceil(toFloat64(a))),
    floor: typed('any', (a) => Math.floor(toFloat64(a))),
    round: typed('any int ...any', round),
    atoi: typed('string', (s) => {
      const t = s as string;
      return /^[+-]?\d+$/.test(t) ? toInt64(t.replace(/^([+-]?)0+(?=\d)/, '$1')) : 0n;
    }),
    int: typed('any', (v) => toInt64(v)),
    int64: typed('any', (v) => toInt64(v)),
    float64: typed('any', (v) => toFloat64(v)),
    toDecimal: typed('any', (v) => {
      const s = strval(v);
      return /^[+-]?[0-7]+$/.test(s) ? BigInt.asIntN(64, BigInt((s.startsWith('-') ? '-' : '') + '0o' + s.replace(/^[+-]/, ''))) : 0n;
    }),
    randInt: typed('int int', (lo, hi) => {
      const span = Number((hi as bigint) - (lo as bigint));
      if (span <= 0) throw new Error('invalid argument to Intn');
      return (lo as bigint) + BigInt(Math.floor(Math.random() * span));
    }),
  };
}

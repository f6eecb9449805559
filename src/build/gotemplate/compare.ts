import { goTypeName, isGoMap } from './go-types.js';
import { formatValue } from './go-fmt.js';

type BasicKind = 'invalid' | 'bool' | 'int' | 'float' | 'string' | 'other';

function basicKind(v: unknown): BasicKind {
  if (v === null || v === undefined) return 'invalid';
  switch (typeof v) {
    case 'boolean': return 'bool';
    case 'bigint': return 'int';
    case 'number': return 'float';
    case 'string': return 'string';
    default: return 'other';
  }
}

/** Go's built-in `eq`: true when arg1 equals any of the others; Go's errors for mismatched or non-comparable types. */
export function eq(arg1: unknown, ...rest: unknown[]): boolean {
  if (rest.length === 0) throw new Error('missing argument for comparison');
  const k1 = basicKind(arg1);
  for (const arg of rest) {
    const k2 = basicKind(arg);
    let truth = false;
    if (k1 !== k2) {
      if (k1 !== 'invalid' && k2 !== 'invalid') throw new Error('incompatible types for comparison');
    } else if (k1 === 'other') {
      const nc1 = Array.isArray(arg1) || isGoMap(arg1) || typeof arg1 === 'function';
      const nc2 = Array.isArray(arg) || isGoMap(arg) || typeof arg === 'function';
      if ((nc1 || nc2) && goTypeName(arg1) === goTypeName(arg)) {
        throw new Error(`non-comparable type ${formatValue(arg)}: ${goTypeName(arg)}`);
      }
      if (nc1 || nc2) {
        throw new Error(`non-comparable types ${formatValue(arg1)}: ${goTypeName(arg1)}, ${goTypeName(arg)}: ${formatValue(arg)}`);
      }
      truth = arg1 === arg;
    } else {
      truth = k1 === 'invalid' ? true : arg1 === arg;
    }
    if (truth) return true;
  }
  return false;
}

/** Go's built-in `ne`. */
export function ne(a: unknown, b: unknown): boolean {
  return !eq(a, b);
}

/** Go's built-in `lt`: ordered comparison of two basic values of the same kind. */
export function lt(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 === 'invalid' || k1 === 'other' || k2 === 'invalid' || k2 === 'other') throw new Error('invalid type for comparison');
  if (k1 !== k2) throw new Error('incompatible types for comparison');
  if (k1 === 'bool') throw new Error('invalid type for comparison');
  return (a as string | number | bigint) < (b as string | number | bigint);
}

/** Go's built-in `le`. */
export function le(a: unknown, b: unknown): boolean {
  return lt(a, b) || eq(a, b);
}

/** Go's built-in `gt`. */
export function gt(a: unknown, b: unknown): boolean {
  return !le(a, b);
}

/** Go's built-in `ge`. */
export function ge(a: unknown, b: unknown): boolean {
  return !lt(a, b);
}

import { typed, type GoParamType, type TypedGoFunc } from './func-signature.js';
import { GoTime } from './go-time.js';
import { goTypeName, isGoMap } from './go-types.js';
import { isTrue } from './truth.js';

/** Go's built-in `call`; the executor passes the callee's source text for the error message. */
export const builtinCall = typed('any ...any', (fn: unknown, ...args: unknown[]): unknown => callNamed('')(fn, ...args));

/** Go's `call` with the callee's source text for its error message. */
export function callNamed(name: string): TypedGoFunc {
  return typed('any ...any', (fn: unknown, ...args: unknown[]): unknown => {
    if (fn === null || fn === undefined) throw new Error('call of nil');
    if (typeof fn !== 'function') throw new Error(`non-function ${name} of type ${goTypeName(fn)}`);
    return (fn as (...a: unknown[]) => unknown)(...args);
  });
}

/** Marker functions for the built-in `and`/`or`, which the executor short-circuits itself. */
export const andOr = {
  and: (...args: unknown[]): unknown => args.find((a) => !isTrue(a)) ?? args[args.length - 1],
  or: (...args: unknown[]): unknown => args.find((a) => isTrue(a)) ?? args[args.length - 1],
};

/** Whether a value can be passed for a Go parameter of this type. */
export function assignable(v: unknown, typ: GoParamType): boolean {
  switch (typ) {
    case 'string': return typeof v === 'string';
    case 'int': return typeof v === 'bigint';
    case 'float64': return typeof v === 'number';
    case 'bool': return typeof v === 'boolean';
    case 'map': return isGoMap(v) && !(v instanceof GoTime);
    case 'time': return v instanceof GoTime;
    default: return true;
  }
}

/** A function-valued property of a JS object, bound to it, as Go would call a method; plain data has none. */
export function methodOf(recv: object, name: string): TypedGoFunc | undefined {
  if (Array.isArray(recv)) return undefined;
  const proto = Object.getPrototypeOf(recv) as object | null;
  const own = Object.prototype.hasOwnProperty.call(recv, name);
  if (!own && (proto === Object.prototype || proto === null || proto === Map.prototype)) return undefined;
  const m = (recv as Record<string, unknown>)[name];
  if (typeof m !== 'function') return undefined;
  const bound = ((...a: unknown[]) => (m as (...x: unknown[]) => unknown).apply(recv, a)) as TypedGoFunc;
  const sig = (m as TypedGoFunc).goSignature;
  if (sig) bound.goSignature = sig;
  return bound;
}


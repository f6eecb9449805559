import type { GoFunc } from './types.js';

/** A Go parameter type that the executor checks arguments against, as Go's reflection would. */
export type GoParamType = 'any' | 'string' | 'int' | 'float64' | 'bool' | 'map' | 'time';

/** A function's Go signature: fixed parameter types and the element type of a trailing variadic parameter. */
export interface GoSignature { params: GoParamType[]; variadic?: GoParamType }

/** A GoFunc that may carry its Go signature. */
export type TypedGoFunc = GoFunc & { goSignature?: GoSignature };

/**
 * Attaches a Go signature to a function, e.g. `typed('int string', fn)` or `typed('string ...any', fn)`,
 * so the executor checks argument count and types with Go's messages ("wrong number of args for indent: want 2 got 1").
 */
export function typed<F extends GoFunc>(sig: string, fn: F): F & { goSignature: GoSignature } {
  const words = sig.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  const signature: GoSignature = last?.startsWith('...')
    ? { params: words.slice(0, -1) as GoParamType[], variadic: last.slice(3) as GoParamType }
    : { params: words as GoParamType[] };
  return Object.assign(fn, { goSignature: signature });
}

/** Go's spelling of a parameter type in error messages. */
export function goParamTypeName(t: GoParamType): string {
  switch (t) {
    case 'any': return 'interface {}';
    case 'map': return 'map[string]interface {}';
    case 'time': return 'time.Time';
    default: return t;
  }
}

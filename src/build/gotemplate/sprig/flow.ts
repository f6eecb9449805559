import { typed } from '../func-signature.js';
import { goKindName, goTypeName } from '../go-types.js';
import type { FuncMap } from '../types.js';
import { deepEqual, isEmpty } from './conv.js';

/** Sprig's defaults, flow control and reflection functions. */
export function flowFuncs(): FuncMap {
  return {
    default: typed('any ...any', (d, ...given) => (given.length === 0 || isEmpty(given[0]) ? d : given[0])),
    empty: typed('any', (v) => isEmpty(v)),
    coalesce: typed('...any', (...v) => v.find((x) => !isEmpty(x)) ?? null),
    all: typed('...any', (...v) => v.every((x) => !isEmpty(x))),
    any: typed('...any', (...v) => v.some((x) => !isEmpty(x))),
    ternary: typed('any any bool', (t, f, c) => (c ? t : f)),
    fail: typed('string', (msg) => { throw new Error(msg as string); }),
    typeOf: typed('any', (v) => goTypeName(v)),
    typeIs: typed('string any', (t, v) => t === goTypeName(v)),
    typeIsLike: typed('string any', (t, v) => t === goTypeName(v) || `*${t as string}` === goTypeName(v)),
    kindOf: typed('any', (v) => goKindName(v)),
    kindIs: typed('string any', (t, v) => t === goKindName(v)),
    deepEqual: typed('any any', (a, b) => deepEqual(a, b)),
    hello: typed('', () => 'Hello!'),
  };
}

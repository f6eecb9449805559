/**
 * Go `text/template` engine with Go's built-ins and Sprig's functions (pure: no I/O, no process.env).
 *
 * Value model (how Go values map to JS, so output matches Go):
 * - Go `int` (template integer literals, `len`, `add`, `atoi`, …) is a JS `bigint`; prints like Go (`1000000`).
 *   Use `goInt(n)` to make one from your own code.
 * - Go `float64` is a JS `number` (values decoded from YAML/JSON are float64 in Helm): 1000000 prints `1e+06`,
 *   3 prints `3`, 1.5 prints `1.5`.
 * - `string`, `boolean` as is; Go `nil` is `null`; a missing map key ("no value") is `undefined` and prints `<no value>`.
 * - `map[string]interface{}` is a plain object (or a `Map`), printed with sorted keys (`map[a:1 b:2]`), ranged in
 *   sorted key order; `[]interface{}` is an array (`[a b]`).
 * - An object whose property is a function exposes it as a Go method: `.Files.Get "x"` calls `files.Get("x")`
 *   with `this` bound to the object.
 * - A function in a FuncMap receives the evaluated arguments (`undefined` for "no value") and returns a value or
 *   throws; a thrown error is reported as Go does: `error calling NAME: MESSAGE`.
 */
export type { GoFunc, FuncMap, TemplateOptions, MissingKey } from './types.js';
export { TemplateSet } from './template-set.js';
export { TemplateParseError, isTemplateParseError } from './template-parse-error.js';
export { TemplateExecError, isTemplateExecError } from './template-exec-error.js';
export { goInt, isGoInt } from './go-int.js';
export { GoTime } from './go-time.js';
export { formatValue } from './go-fmt.js';
export { typed } from './func-signature.js';
export type { GoSignature, GoParamType } from './func-signature.js';
export { sprintf } from './sprintf.js';
export { isTrue } from './truth.js';
export { sprigFuncs } from './sprig/sprig-funcs.js';
export type { SprigOptions } from './sprig/sprig-funcs.js';

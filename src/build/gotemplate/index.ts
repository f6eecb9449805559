/**
 * Go `text/template` engine with Go's built-ins and Sprig's functions (pure: no I/O, no process.env),
 * reproducing Go 1.23 as shipped in Helm 3.17 (so `range` over integers, a Go 1.24 feature, needs `rangeInt: true`).
 *
 * Usage: `const set = new TemplateSet({ name: 'gotpl', missingKey: 'zero', funcs: sprigFuncs() });
 * set.addFuncs({ include: (n, d) => set.execute(String(n), d) }); set.parse('a.yaml', text); set.execute('a.yaml', data)`.
 * Templates are parsed once into trees; `execute` never re-parses. `clone()` + `parse()` serves Helm's `tpl`.
 *
 * Value model (how Go values map to JS, so output matches Go):
 * - Go `int` (template integer literals, `len`, `add`, `atoi`, …) is a JS `bigint`; `goInt(n)` makes one.
 *   (Go's int64 results of Sprig's math are bigints too: `%T`/`typeOf` say `int` where Go says `int64`.)
 * - Go `float64` is a JS `number` (values decoded from YAML/JSON are float64 in Helm): 1000000 prints `1e+06`,
 *   3 prints `3`, 1.5 prints `1.5`.
 * - `string`, `boolean` as is; Go `nil` is `null`; a missing map key ("no value") is `undefined` and prints
 *   `<no value>` (functions receive it as `null`, as Go passes nil for an interface{} parameter).
 * - `map[string]interface{}` is a plain object (or a `Map`), printed with sorted keys (`map[a:1 b:2]`), ranged in
 *   sorted key order; `[]interface{}` is an array (`[a b]`); `typedList(arr, '[]string')` names another slice type.
 * - An object whose property is a function exposes it as a Go method: `.Files.Get "x"` calls `files.Get("x")`
 *   with `this` bound to the object (own properties of plain objects, or prototype methods of class instances).
 * - An object carrying `[goTypeTag]: 'pkg.Type'` is a Go struct: its properties are fields, it prints as `{f1 f2}`,
 *   `%T` shows the tag; a `String()` method makes it print like a Go Stringer.
 * - `GoTime` is Go's time.Time (what `now`, `toDate` return).
 * - A FuncMap function receives the evaluated arguments and returns a value or throws; a thrown error is reported
 *   as Go does: `template: f:1:3: executing "f" at <name args>: error calling name: MESSAGE`. Wrap it with
 *   `typed('string any', fn)` to get Go's argument count/type checks ("wrong number of args for name: want 2 got 1").
 */
export type { GoFunc, FuncMap, TemplateOptions, MissingKey } from './types.js';
export { TemplateSet } from './template-set.js';
export { TemplateParseError, isTemplateParseError } from './template-parse-error.js';
export { TemplateExecError, isTemplateExecError } from './template-exec-error.js';
export { goInt, isGoInt } from './go-int.js';
export { GoTime } from './go-time.js';
export { goTypeTag, goTypeName, typedList, isGoMap } from './go-types.js';
export { formatValue } from './go-fmt.js';
export { formatFloat } from './format-float.js';
export { goQuote } from './go-quote.js';
export { typed } from './func-signature.js';
export type { GoSignature, GoParamType } from './func-signature.js';
export { sprintf } from './sprintf.js';
export { isTrue } from './truth.js';
export { formatTime } from './time-format.js';
export { sprigFuncs } from './sprig/sprig-funcs.js';
export type { SprigOptions } from './sprig/sprig-funcs.js';

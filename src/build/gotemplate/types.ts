/** A template function: receives evaluated Go values (see index.ts for the value model), returns one or throws. */
export type GoFunc = (...args: unknown[]) => unknown;

/** Functions by the name templates call them with. */
export type FuncMap = Record<string, GoFunc>;

/** What a missing map key yields, as Go's `missingkey=` option: default/invalid print `<no value>`, zero yields nil, error fails. */
export type MissingKey = 'default' | 'invalid' | 'zero' | 'error';

/** Options of a TemplateSet. */
export interface TemplateOptions {
  /** Functions added to Go's built-ins (must be present before parsing templates that call them). */
  funcs?: FuncMap;
  /** Go's `missingkey` option; Helm uses `zero`. Defaults to `default`. */
  missingKey?: MissingKey;
  /** Allow `range` over an integer (Go 1.24+); off by default because Helm 3.17 (Go 1.23) rejects it. */
  rangeInt?: boolean;
}

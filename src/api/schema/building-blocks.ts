import { Type, type SchemaOptions, type TSchema, type TUnsafe } from '@sinclair/typebox';

/** Flux's CRD pattern for interval-like durations (units ms, s, m, h). */
export const DURATION_PATTERN = '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$';
/** Flux's CRD pattern for source timeouts (no `h` unit). */
export const TIMEOUT_PATTERN = '^([0-9]+(\\.[0-9]+)?(ms|s|m))+$';

/** A Go duration string (`1m0s`) as Flux's CRDs declare it: `type: string` with the duration pattern. */
export function Duration(options: SchemaOptions = {}): TUnsafe<string> {
  return Type.Unsafe<string>({ type: 'string', pattern: DURATION_PATTERN, ...options });
}

/** A source timeout (`60s`, `5m`): like {@link Duration} but without hours, as Flux's source CRDs declare it. */
export function Timeout(options: SchemaOptions = {}): TUnsafe<string> {
  return Type.Unsafe<string>({ type: 'string', pattern: TIMEOUT_PATTERN, ...options });
}

/** A closed set of strings, emitted as `type: string` + `enum` (structural, unlike TypeBox's `anyOf` of literals). */
export function StringEnum<const T extends readonly string[]>(values: T, options: SchemaOptions = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/** A `map[string]string` as a structural schema (`additionalProperties: {type: string}`). */
export function StringMap(options: SchemaOptions = {}): TUnsafe<Record<string, string>> {
  return Type.Unsafe<Record<string, string>>({ type: 'object', additionalProperties: { type: 'string' }, ...options });
}

/** A map of named objects (`map[string]T`) as a structural schema. */
export function ObjectMap<T extends TSchema>(item: T, options: SchemaOptions = {}): TUnsafe<Record<string, T['static']>> {
  return Type.Unsafe<Record<string, T['static']>>({ type: 'object', additionalProperties: item, ...options });
}

/** Free-form JSON kept as written (`apiextensionsv1.JSON`, e.g. HelmRelease `values`): no type, preserve unknown fields. */
export function AnyJson(options: SchemaOptions = {}): TUnsafe<unknown> {
  return Type.Unsafe<unknown>({ 'x-kubernetes-preserve-unknown-fields': true, ...options });
}

/** A 64-bit integer (`format: int64`), e.g. observedGeneration. */
export function Int64(options: SchemaOptions = {}): TUnsafe<number> {
  return Type.Unsafe<number>({ type: 'integer', format: 'int64', ...options });
}

/** A 32-bit integer (`format: int32`), e.g. a Helm release version. */
export function Int32(options: SchemaOptions = {}): TUnsafe<number> {
  return Type.Unsafe<number>({ type: 'integer', format: 'int32', ...options });
}

/** An RFC 3339 timestamp (`metav1.Time`). */
export function DateTime(options: SchemaOptions = {}): TUnsafe<string> {
  return Type.Unsafe<string>({ type: 'string', format: 'date-time', ...options });
}

/** One `x-kubernetes-validations` CEL rule; its JavaScript twin lives in `cel-checks.ts` under the same rule text. */
export interface CelRule {
  readonly rule: string;
  readonly message: string;
}

/** Adds CEL rules (`x-kubernetes-validations`) to an object schema, as Flux's `+kubebuilder:validation:XValidation`. */
export function withRules<T extends TSchema>(schema: T, rules: readonly CelRule[]): T {
  return { ...schema, 'x-kubernetes-validations': rules.map((r) => ({ rule: r.rule, message: r.message })) };
}

import type { ObjectMeta } from '../meta/object-meta.js';

/** Any Flux object as read from YAML or the API server, before it is known to be valid. */
export interface AnyFluxObject {
  apiVersion: string;
  kind: string;
  metadata?: ObjectMeta;
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  [key: string]: unknown;
}

/** One thing a conversion did that the user should know about (a moved, ignored or dropped field). */
export interface ConversionNote {
  /** The id of the row in conversion-rules.ts, or `dropped-unknown-field` for a field no rule covers. */
  readonly rule: string;
  /** Field path in the source object (`spec.chart.spec.valuesFile`). */
  readonly path: string;
  /** Human-readable: `spec.validation: Flux ignores it since v1beta2: …`. */
  readonly message: string;
}

/** A converted object, and the notes a controller reports as warning events so nothing changes silently. */
export interface Converted<T = AnyFluxObject> {
  readonly object: T;
  readonly notes: readonly ConversionNote[];
}

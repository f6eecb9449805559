import type { AnyFluxObject, ConversionNote } from './convert/converted.js';
import { toCurrentVersion } from './convert/to-current-version.js';
import { FluxValidator } from './validation/flux-validator.js';

/**
 * What a controller does with every object it reads, whatever version it was written in: convert it to the current
 * version (rules in conversion-rules.ts) and apply the current schema's defaults, as the API server would have had it
 * been written at that version. `T` is the current type the caller expects (e.g. `HelmRelease`); notes list every
 * moved, ignored or dropped field so the controller can report them as warning events.
 */
export function readFluxObject<T = AnyFluxObject>(obj: AnyFluxObject, validator: FluxValidator = new FluxValidator()): { object: T; notes: readonly ConversionNote[] } {
  const converted = toCurrentVersion(obj);
  return { object: validator.withDefaults(converted.object) as T, notes: converted.notes };
}

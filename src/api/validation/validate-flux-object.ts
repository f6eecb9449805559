import type { FieldError } from './field-error.js';
import { FluxValidator } from './flux-validator.js';

/**
 * Validates one Flux object against the schema of its own apiVersion (defaults applied first, unknown fields refused,
 * CEL rules checked) and returns the errors, each naming its field path. Pass a shared {@link FluxValidator} when
 * validating many objects, to compile each schema once.
 */
export function validateFluxObject(obj: unknown, validator: FluxValidator = new FluxValidator()): FieldError[] {
  return validator.validate(obj);
}

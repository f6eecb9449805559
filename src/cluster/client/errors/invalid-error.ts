import { ApiError } from './api-error.js';

/**
 * Invalid (422): the object failed validation. `causes` names each field (`spec.interval`) with its message;
 * the error message lists them so a log line alone tells the user what to fix.
 */
export class InvalidError extends ApiError {
  override name = 'InvalidError';

  /** The fields the server named, e.g. `['spec.interval']`. */
  get fields(): string[] {
    return this.causes.map((c) => c.field).filter((f) => f !== '');
  }
}

/** Whether a value is an InvalidError. */
export function isInvalidError(err: unknown): err is InvalidError {
  return err instanceof InvalidError;
}

import { ApiError } from './api-error.js';

/** Gone / Expired (410): the watch or list resourceVersion is too old; re-list. */
export class GoneError extends ApiError {
  override name = 'GoneError';
}

/** Whether a value is a GoneError. */
export function isGoneError(err: unknown): err is GoneError {
  return err instanceof GoneError;
}

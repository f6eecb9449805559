import { ApiError } from './api-error.js';

/** Forbidden (403): the credentials may not do this. */
export class ForbiddenError extends ApiError {
  override name = 'ForbiddenError';
}

/** Whether a value is a ForbiddenError. */
export function isForbiddenError(err: unknown): err is ForbiddenError {
  return err instanceof ForbiddenError;
}

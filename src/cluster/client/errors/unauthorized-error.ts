import { ApiError } from './api-error.js';

/** Unauthorized (401): the credentials were not accepted. */
export class UnauthorizedError extends ApiError {
  override name = 'UnauthorizedError';
}

/** Whether a value is a UnauthorizedError. */
export function isUnauthorizedError(err: unknown): err is UnauthorizedError {
  return err instanceof UnauthorizedError;
}

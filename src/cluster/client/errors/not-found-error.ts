import { ApiError } from './api-error.js';

/** NotFound (404): the object or its kind does not exist. */
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}

/** Whether a value is a NotFoundError. */
export function isNotFoundError(err: unknown): err is NotFoundError {
  return err instanceof NotFoundError;
}

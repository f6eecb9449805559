import { ApiError } from './api-error.js';

/** AlreadyExists (409): create found an object with that name. */
export class AlreadyExistsError extends ApiError {
  override name = 'AlreadyExistsError';
}

/** Whether a value is a AlreadyExistsError. */
export function isAlreadyExistsError(err: unknown): err is AlreadyExistsError {
  return err instanceof AlreadyExistsError;
}

import { ApiError } from './api-error.js';

/** Conflict (409): a stale resourceVersion, or a server-side apply field conflict. */
export class ConflictError extends ApiError {
  override name = 'ConflictError';
}

/** Whether a value is a ConflictError. */
export function isConflictError(err: unknown): err is ConflictError {
  return err instanceof ConflictError;
}

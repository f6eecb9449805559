import type { Reason } from '../../api/reasons.js';
import { OutcomeError, type OutcomeErrorOptions } from './outcome-error.js';

/**
 * Not a failure: something is not ready yet (a dependency, a health check). Ready=False with the reason, an
 * informational event, and a retry after `requeueAfterMs` without exponential backoff.
 */
export class WaitingError extends OutcomeError {
  override name = 'WaitingError';
  readonly outcome = 'waiting' as const;

  constructor(reason: Reason, message: string, readonly requeueAfterMs: number, options: OutcomeErrorOptions = {}) {
    super(reason, message, options);
  }
}

/** Whether a value is a WaitingError. */
export function isWaitingError(err: unknown): err is WaitingError {
  return err instanceof WaitingError;
}

import { OutcomeError } from './outcome-error.js';

/** A retryable failure: Ready=False with this reason, a Warning event, then backoff or `spec.retryInterval`. */
export class ReconcileError extends OutcomeError {
  override name = 'ReconcileError';
  readonly outcome = 'failure' as const;
}

/** Whether a value is a ReconcileError. */
export function isReconcileError(err: unknown): err is ReconcileError {
  return err instanceof ReconcileError;
}

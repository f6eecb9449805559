import { OutcomeError } from './outcome-error.js';

/** A failure retrying cannot fix (invalid spec): Stalled=True, Ready=False, no requeue until the object changes. */
export class StalledError extends OutcomeError {
  override name = 'StalledError';
  readonly outcome = 'stalled' as const;
}

/** Whether a value is a StalledError. */
export function isStalledError(err: unknown): err is StalledError {
  return err instanceof StalledError;
}

import type { Reason } from '../../../api/reasons.js';

/** A values file or `--set` argument Helm would refuse, worded as Helm ("failed parsing --set data: …"). */
export class UserValuesError extends Error {
  readonly reason: Reason = 'BuildFailed';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UserValuesError';
  }
}

/** Type guard for {@link UserValuesError}. */
export function isUserValuesError(err: unknown): err is UserValuesError {
  return err instanceof UserValuesError;
}

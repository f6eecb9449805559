/** Why a duration string was refused. */
export type InvalidDurationReason = 'empty' | 'syntax' | 'unknown-unit' | 'missing-unit' | 'overflow';

/** A duration string that is not Go `time.ParseDuration` syntax; the message names the value and what is wrong. */
export class InvalidDurationError extends Error {
  override readonly name = 'InvalidDurationError';

  constructor(
    readonly value: string,
    readonly reason: InvalidDurationReason,
    detail: string,
  ) {
    super(`invalid duration ${JSON.stringify(value)}: ${detail}`);
  }
}

/** Type guard for {@link InvalidDurationError}. */
export function isInvalidDurationError(err: unknown): err is InvalidDurationError {
  return err instanceof InvalidDurationError;
}

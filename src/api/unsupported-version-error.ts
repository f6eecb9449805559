import type { Reason } from './reasons.js';

/** An apiVersion/kind pair Fluxion does not serve; carries Flux's `UnsupportedAPIVersion` reason. */
export class UnsupportedVersionError extends Error {
  override readonly name = 'UnsupportedVersionError';
  readonly reason: Reason = 'UnsupportedAPIVersion';

  constructor(
    readonly apiVersion: string,
    readonly kind: string,
  ) {
    super(`${apiVersion} ${kind} is not a kind/version Fluxion serves`);
  }
}

/** Type guard for {@link UnsupportedVersionError}. */
export function isUnsupportedVersionError(err: unknown): err is UnsupportedVersionError {
  return err instanceof UnsupportedVersionError;
}

/** What went wrong talking to a Git server, each with its own message for users. */
export type GitErrorKind =
  | 'HostUnreachable'
  | 'AuthenticationFailed'
  | 'HostKeyVerificationFailed'
  | 'TlsFailure'
  | 'RepositoryNotFound'
  | 'RefNotFound'
  | 'Timeout'
  | 'InvalidUrl'
  | 'InvalidAuth'
  | 'InvalidSubmodule'
  | 'Canceled'
  | 'GitFailed';

/** The Flux condition reason a kind maps to (`AuthenticationFailed` or `GitOperationFailed`). */
export type GitErrorReason = 'AuthenticationFailed' | 'GitOperationFailed';

const AUTH_KINDS: ReadonlySet<GitErrorKind> = new Set(['AuthenticationFailed', 'HostKeyVerificationFailed', 'InvalidAuth']);

/**
 * A failed Git operation. `message` is safe to show (no credentials, URLs without userinfo);
 * `reason` is the Flux condition reason the controller reports.
 */
export class GitError extends Error {
  override readonly name = 'GitError';
  readonly reason: GitErrorReason;
  constructor(
    readonly kind: GitErrorKind,
    message: string,
  ) {
    super(message);
    this.reason = AUTH_KINDS.has(kind) ? 'AuthenticationFailed' : 'GitOperationFailed';
  }
}

/** Type guard for {@link GitError}. */
export function isGitError(err: unknown): err is GitError {
  return err instanceof GitError;
}

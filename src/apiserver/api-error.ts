/** One field-level reason inside a Kubernetes `Status` (`details.causes`). */
export interface StatusCause {
  reason: string;
  message: string;
  field?: string;
}

/** The `details` of a Kubernetes `Status`. */
export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

/**
 * An error the API server answers with a Kubernetes `Status` object: HTTP code, machine reason
 * (`NotFound`, `AlreadyExists`, `Conflict`, `Invalid`, …), a human message and optional details.
 */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: StatusDetails,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The `Status` body Kubernetes sends for this error. */
  toStatus(): Record<string, unknown> {
    const status: Record<string, unknown> = {
      kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: this.message, reason: this.reason,
    };
    if (this.details) status.details = this.details;
    status.code = this.code;
    return status;
  }
}

/** Whether a value is an {@link ApiError}. */
export function isApiError(err: unknown): err is ApiError {
  return err instanceof ApiError;
}

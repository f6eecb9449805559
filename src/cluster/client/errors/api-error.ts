import type { ApiStatus } from '../kube-object.js';

/** One field-level cause of a refused request (`spec.interval: Invalid value: ...`). */
export interface FieldCause {
  field: string;
  message: string;
  reason: string;
}

/**
 * A request the API server refused: HTTP code, the Status `reason` (`NotFound`, `Conflict`, …) and the server's
 * message. Subclasses exist for the reasons callers branch on; anything else is an ApiError itself.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly code: number;
  readonly reason: string;
  readonly causes: FieldCause[];
  readonly retryAfterSeconds: number | undefined;

  constructor(code: number, status: ApiStatus, fallbackMessage: string) {
    super(status.message || fallbackMessage);
    this.code = code;
    this.reason = status.reason ?? 'Unknown';
    this.causes = (status.details?.causes ?? []).map((c) => ({
      field: c.field ?? '',
      message: c.message ?? '',
      reason: c.reason ?? '',
    }));
    this.retryAfterSeconds = status.details?.retryAfterSeconds;
  }
}

/** Whether a value is any refusal from the API server. */
export function isApiError(err: unknown): err is ApiError {
  return err instanceof ApiError;
}

/** One field-level cause of a failed patch, as Kubernetes puts it in `Status.details.causes`. */
export interface MergeErrorCause {
  type?: string;
  message: string;
  field: string;
}

/** The HTTP code and Kubernetes `Status.reason` a patch failure maps to. */
export type MergeErrorReason = 'BadRequest' | 'Conflict' | 'UnsupportedMediaType' | 'Invalid';

const reasons: Record<MergeErrorReason, 400 | 409 | 415 | 422> = {
  BadRequest: 400, Conflict: 409, UnsupportedMediaType: 415, Invalid: 422,
};

/**
 * A patch or apply the API server must refuse: `code` and `reason` become the `Status` reply, `message` its message
 * (Kubernetes' wording), `causes` its `details.causes` (one per conflicting field for a 409).
 */
export class MergeError extends Error {
  readonly code: 400 | 409 | 415 | 422;
  override readonly name = 'MergeError';

  constructor(readonly reason: MergeErrorReason, message: string, readonly causes: MergeErrorCause[] = []) {
    super(message);
    this.code = reasons[reason];
  }
}

/** Whether a thrown value is a MergeError. */
export function isMergeError(e: unknown): e is MergeError {
  return e instanceof MergeError;
}

/** Kubernetes' field error types (`field.ErrorType`), as printed in API server messages. */
export type FieldErrorType = 'Required value' | 'Invalid value' | 'Unsupported value' | 'Unknown field' | 'Too long' | 'Too many' | 'Forbidden';

/** One validation failure, located by a Kubernetes-style field path (`spec.dependsOn[0].name`). */
export interface FieldError {
  readonly path: string;
  readonly type: FieldErrorType;
  /** The whole message, starting with the path: `spec.interval: Required value`. */
  readonly message: string;
}

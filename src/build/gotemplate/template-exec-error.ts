/**
 * A failure while executing a template; the message is Go's
 * `template: FILE:LINE:COL: executing "NAME" at <NODE>: REASON` (or `template: NAME: REASON` without a node).
 */
export class TemplateExecError extends Error {
  override readonly name = 'TemplateExecError';
  constructor(
    message: string,
    /** The failure without the location prefix. */
    readonly reason: string,
    /** The error a template function threw, if that is what failed (Helm unwraps `fail`/`required` from it). */
    readonly funcError?: unknown,
  ) {
    super(message);
  }
}

/** Type guard for TemplateExecError. */
export function isTemplateExecError(e: unknown): e is TemplateExecError {
  return e instanceof TemplateExecError;
}

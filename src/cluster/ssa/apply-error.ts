/** One object that could not be applied or deleted, with the server's words. */
export interface ObjectFailure {
  subject: string;
  message: string;
}

/**
 * An apply stage that was refused: every failing object is named with its message, and nothing of the stage
 * was written. Maps to Flux's ReconciliationFailed.
 */
export class ApplyError extends Error {
  override name = 'ApplyError';
  readonly reason = 'ReconciliationFailed';

  constructor(readonly failures: ObjectFailure[], readonly dryRun: boolean) {
    super(failures.map((f) => `${f.subject} ${dryRun ? 'dry-run failed' : 'apply failed'}: ${f.message}`).join('\n'));
  }
}

/** Whether a value is an ApplyError. */
export function isApplyError(err: unknown): err is ApplyError {
  return err instanceof ApplyError;
}

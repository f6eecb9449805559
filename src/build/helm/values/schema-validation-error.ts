import type { Reason } from '../../../api/reasons.js';

/** Final values that break a chart's values.schema.json; the message is Helm's, listing each chart and failure. */
export class SchemaValidationError extends Error {
  readonly reason: Reason = 'BuildFailed';
  constructor(message: string) {
    super(message);
    this.name = 'SchemaValidationError';
  }
}

/** Type guard for {@link SchemaValidationError}. */
export function isSchemaValidationError(err: unknown): err is SchemaValidationError {
  return err instanceof SchemaValidationError;
}

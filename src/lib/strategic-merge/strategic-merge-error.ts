/** A strategic merge patch that cannot be applied; `path` is the JSON path of the offending field. */
export class StrategicMergeError extends Error {
  override readonly name = 'StrategicMergeError';
  constructor(readonly reason: string, readonly path: string) {
    super(path ? `${path}: ${reason}` : reason);
  }
}

/** Type guard for StrategicMergeError. */
export function isStrategicMergeError(err: unknown): err is StrategicMergeError {
  return err instanceof StrategicMergeError;
}

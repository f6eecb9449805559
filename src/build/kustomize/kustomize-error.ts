/**
 * A kustomize build failure: bad input (invalid YAML, a missing file, an unknown field, a conflict, a patch that
 * matches nothing). The message names the file (and object or field) at fault; `file` is that file's path.
 */
export class KustomizeError extends Error {
  override readonly name = 'KustomizeError';
  readonly reason = 'BuildFailed';
  constructor(message: string, readonly file?: string) {
    super(message);
  }
}

/** Type guard for KustomizeError. */
export function isKustomizeError(err: unknown): err is KustomizeError {
  return err instanceof KustomizeError;
}

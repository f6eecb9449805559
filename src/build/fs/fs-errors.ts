/** A path that would leave the FileSystem's root (through `..`, an absolute path or a symlink). */
export class PathEscapeError extends Error {
  override readonly name = 'PathEscapeError';
  constructor(readonly path: string) {
    super(`path "${path}" is outside the root`);
  }
}

/** Type guard for PathEscapeError. */
export function isPathEscapeError(err: unknown): err is PathEscapeError {
  return err instanceof PathEscapeError;
}

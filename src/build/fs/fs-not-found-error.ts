/** A file or directory that does not exist in a FileSystem. */
export class FsNotFoundError extends Error {
  override readonly name = 'FsNotFoundError';
  constructor(readonly path: string) {
    super(`${path}: no such file or directory`);
  }
}

/** Type guard for FsNotFoundError. */
export function isFsNotFoundError(err: unknown): err is FsNotFoundError {
  return err instanceof FsNotFoundError;
}

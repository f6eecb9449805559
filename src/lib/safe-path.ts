import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Thrown when a relative path would leave the root it must stay under. */
export class PathEscapeError extends Error {
  override readonly name = 'PathEscapeError';
  constructor(
    readonly root: string,
    readonly path: string,
  ) {
    super(`path '${path}' escapes its root`);
  }
}

/** Type guard for {@link PathEscapeError}. */
export function isPathEscapeError(err: unknown): err is PathEscapeError {
  return err instanceof PathEscapeError;
}

/** Whether `target` (absolute) is `root` itself or lies below it, compared lexically after resolution. */
export function isWithin(root: string, target: string): boolean {
  const rel = relative(resolve(root), resolve(target));
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Joins a relative, slash-separated path onto `root` and returns the absolute result; throws
 * {@link PathEscapeError} for absolute paths, NUL bytes or `..` segments that leave the root.
 */
export function safeJoin(root: string, relPath: string): string {
  if (relPath.includes('\0') || isAbsolute(relPath) || /^[a-zA-Z]:[\\/]/.test(relPath)) {
    throw new PathEscapeError(root, relPath);
  }
  const target = resolve(root, relPath);
  if (!isWithin(root, target)) throw new PathEscapeError(root, relPath);
  return target;
}

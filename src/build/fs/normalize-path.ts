import { posix } from 'node:path';
import { PathEscapeError } from './fs-errors.js';

/**
 * Normalizes a root-relative path ('a/./b/../c' → 'a/c', '' and '.' → ''); throws PathEscapeError when it is
 * absolute or climbs above the root.
 */
export function normalizeRelPath(path: string): string {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) throw new PathEscapeError(path);
  const n = posix.normalize(path === '' ? '.' : path).replace(/\/+$/, '');
  if (n === '..' || n.startsWith('../')) throw new PathEscapeError(path);
  return n === '.' ? '' : n;
}

/** Joins a root-relative directory and a relative path, normalized and confined to the root. */
export function joinRelPath(dir: string, rel: string): string {
  if (rel.startsWith('/')) throw new PathEscapeError(rel);
  return normalizeRelPath(dir === '' ? rel : `${dir}/${rel}`);
}

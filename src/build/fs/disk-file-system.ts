import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { EntryKind, FileSystem } from './file-system.js';
import { PathEscapeError } from './fs-errors.js';
import { FsNotFoundError } from './fs-not-found-error.js';
import { normalizeRelPath } from './normalize-path.js';

/**
 * A FileSystem over a directory on disk, confined to it: `..` and symlinks that resolve outside the root throw
 * PathEscapeError; nothing is ever written.
 */
export class DiskFileSystem implements FileSystem {
  private readonly root: string;

  constructor(root: string) {
    this.root = realpathSync(resolve(root));
  }

  /** The absolute path on disk, after checking that it (and its symlink target) stays inside the root. */
  private real(path: string): string | undefined {
    const rel = normalizeRelPath(path);
    const abs = join(this.root, rel);
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      return undefined;
    }
    const back = relative(this.root, real);
    if (back === '..' || back.startsWith(`..${sep}`) || resolve(this.root, back) !== real) throw new PathEscapeError(path);
    return real;
  }

  readFile(path: string): string {
    const real = this.real(path);
    if (!real || !statSync(real).isFile()) throw new FsNotFoundError(path);
    return readFileSync(real, 'utf8');
  }

  kind(path: string): EntryKind | undefined {
    const real = this.real(path);
    if (!real) return undefined;
    const st = statSync(real);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : undefined;
  }

  readDir(path: string): string[] {
    const real = this.real(path);
    if (!real || !statSync(real).isDirectory()) throw new FsNotFoundError(path);
    return readdirSync(real).sort();
  }

  describe(path: string): string {
    return join(this.root, normalizeRelPath(path));
  }
}

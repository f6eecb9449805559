import type { FileSystem } from '../fs/index.js';
import { isFsNotFoundError, isPathEscapeError, joinRelPath } from '../fs/index.js';
import { KustomizeError } from './kustomize-error.js';

/** The file names kustomize recognizes, in its order. */
export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

const REMOTE = /^(https?:\/\/|git::|git@|ssh:\/\/|file:\/\/|github\.com\/|gitlab\.com\/|bitbucket\.org\/|[a-z0-9.-]+\.[a-z]{2,}\/[^/]+\/[^/]+.*\?ref=)/i;

/**
 * Reads the files of a build: resolves paths relative to a kustomization's directory, refuses remote bases, and
 * enforces the load restriction (kustomize's default: files a kustomization loads must be in or below its directory;
 * Flux's: anywhere under the FileSystem's root). Directories (bases, components) may be anywhere under the root.
 */
export class Loader {
  constructor(readonly fs: FileSystem, readonly restrictToDir: boolean) {}

  /** Normalized root-relative path of `ref` as written in `file` (a kustomization in `dir`). */
  resolve(dir: string, ref: string, file: string): string {
    if (REMOTE.test(ref) || ref.includes('://')) {
      throw new KustomizeError(`${file}: remote resource "${ref}" is not supported: only local files and directories inside the source can be used`, file);
    }
    try {
      return joinRelPath(dir, ref);
    } catch (err) {
      if (isPathEscapeError(err)) throw new KustomizeError(`${file}: "${ref}" is outside the root of the build`, file);
      throw err;
    }
  }

  kind(path: string, file: string): 'file' | 'dir' | undefined {
    try {
      return this.fs.kind(path);
    } catch (err) {
      if (isPathEscapeError(err)) throw new KustomizeError(`${file}: "${path}" resolves (through a symlink) outside the root`, file);
      throw err;
    }
  }

  /** Reads a file referenced by `file` (a kustomization in `dir`), checking the load restriction. */
  readFile(dir: string, ref: string, file: string, what = 'file'): { path: string; text: string } {
    const path = this.resolve(dir, ref, file);
    if (this.restrictToDir && dir !== '' && path !== dir && !path.startsWith(`${dir}/`)) {
      throw new KustomizeError(`${file}: security; ${what} '${ref}' is not in or below '${dir}'`, file);
    }
    try {
      return { path, text: this.fs.readFile(path) };
    } catch (err) {
      if (isFsNotFoundError(err)) throw new KustomizeError(`${file}: ${what} '${ref}' not found`, file);
      if (isPathEscapeError(err)) throw new KustomizeError(`${file}: ${what} '${ref}' resolves (through a symlink) outside the root`, file);
      throw err;
    }
  }

  /** The kustomization file in a directory, or undefined; throws when there are several. */
  findKustomizationFile(dir: string): string | undefined {
    const found = KUSTOMIZATION_FILE_NAMES.filter((n) => this.kind(joinRelPath(dir, n), dir || '.') === 'file');
    if (found.length > 1) throw new KustomizeError(`Found multiple kustomization files under: ${dir || '.'}`, dir);
    return found[0] === undefined ? undefined : joinRelPath(dir, found[0]);
  }
}

import type { EntryKind, FileSystem } from './file-system.js';
import { FsNotFoundError } from './fs-not-found-error.js';
import { normalizeRelPath } from './normalize-path.js';

/** A FileSystem held in memory, built from a map of root-relative paths to file contents (directories implied). */
export class MemoryFileSystem implements FileSystem {
  private readonly files = new Map<string, string>();
  private readonly dirs = new Map<string, Set<string>>();

  constructor(files: Record<string, string> = {}, private readonly label = 'memory:') {
    this.dirs.set('', new Set());
    for (const [p, text] of Object.entries(files)) this.write(p, text);
  }

  /** Adds or replaces a file, creating its parent directories. */
  write(path: string, text: string): void {
    const p = normalizeRelPath(path);
    this.files.set(p, text);
    let child = p;
    while (child !== '') {
      const cut = child.lastIndexOf('/');
      const parent = cut < 0 ? '' : child.slice(0, cut);
      const name = cut < 0 ? child : child.slice(cut + 1);
      if (!this.dirs.has(parent)) this.dirs.set(parent, new Set());
      this.dirs.get(parent)!.add(name);
      child = parent;
    }
  }

  readFile(path: string): string {
    const text = this.files.get(normalizeRelPath(path));
    if (text === undefined) throw new FsNotFoundError(path);
    return text;
  }

  kind(path: string): EntryKind | undefined {
    const p = normalizeRelPath(path);
    if (this.files.has(p)) return 'file';
    return this.dirs.has(p) ? 'dir' : undefined;
  }

  readDir(path: string): string[] {
    const d = this.dirs.get(normalizeRelPath(path));
    if (!d) throw new FsNotFoundError(path);
    return [...d].sort();
  }

  describe(path: string): string {
    return `${this.label}${normalizeRelPath(path)}`;
  }
}

/** What a path names in a FileSystem. */
export type EntryKind = 'file' | 'dir';

/**
 * A read-only tree of files addressed by '/'-separated paths relative to its root ('' or '.' is the root).
 * Implementations never let a path (`..`, absolute, or through a symlink) reach outside the root: such a path throws
 * PathEscapeError naming it. A missing path throws FsNotFoundError from `readFile`/`readDir`.
 */
export interface FileSystem {
  /** The file's text (UTF-8). */
  readFile(path: string): string;
  /** 'file', 'dir', or undefined when nothing is there. */
  kind(path: string): EntryKind | undefined;
  /** Names of a directory's entries, sorted by code point. */
  readDir(path: string): string[];
  /** A human-readable location for messages (the root on disk, or a label). */
  describe(path: string): string;
}

export type { FileSystem, EntryKind } from './file-system.js';
export { DiskFileSystem } from './disk-file-system.js';
export { MemoryFileSystem } from './memory-file-system.js';
export { PathEscapeError, isPathEscapeError } from './fs-errors.js';
export { FsNotFoundError, isFsNotFoundError } from './fs-not-found-error.js';
export { normalizeRelPath, joinRelPath } from './normalize-path.js';

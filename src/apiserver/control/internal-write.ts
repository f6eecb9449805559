import type { WriteOptions } from '../objects/write-options.js';

/** Write options for the server's own controllers: real writes, no unknown-field checks, a named manager. */
export function internalWrite(fieldManager: string): WriteOptions {
  return { dryRun: false, fieldManager, fieldValidation: 'Ignore', warnings: [] };
}

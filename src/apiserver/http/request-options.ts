import { badRequest } from '../api-errors.js';
import type { MergeEngine } from '../merge-engine.js';
import type { FieldValidation, WriteOptions } from '../objects/write-options.js';

/**
 * Reads the write options every mutating verb shares from the query: `dryRun` (only `All`), `fieldManager`
 * (defaulting to the user agent's name), `fieldValidation` (Ignore, Warn, Strict; Warn by default).
 */
export function writeOptions(query: URLSearchParams, userAgent: string | undefined, merge: MergeEngine): WriteOptions {
  const dry = query.getAll('dryRun');
  for (const d of dry) if (d !== 'All') throw badRequest(`Invalid dry run value: "${d}": supported values: "All"`);
  const fv = query.get('fieldValidation') ?? 'Warn';
  if (fv !== 'Ignore' && fv !== 'Warn' && fv !== 'Strict') {
    throw badRequest(`fieldValidation: invalid value "${fv}": supported values: "Ignore", "Warn", "Strict"`);
  }
  const fieldManager = query.get('fieldManager') ?? merge.defaultFieldManager(userAgent);
  if (fieldManager.length > 128) throw badRequest('fieldManager: Too long: may not be more than 128 bytes');
  return { dryRun: dry.length > 0, fieldManager, fieldValidation: fv as FieldValidation, warnings: [] };
}

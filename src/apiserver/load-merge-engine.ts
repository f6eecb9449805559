import type { ApiLogger } from './api-context.js';
import { fallbackMergeEngine } from './fallback-merge-engine.js';
import type { MergeEngine } from './merge-engine.js';

/**
 * The patch/apply machinery from `merge/index.ts` (owned by the merge module), or a plain merge-patch stand-in
 * with a warning when that module cannot be loaded yet.
 */
export async function loadMergeEngine(log: ApiLogger): Promise<MergeEngine> {
  const specifier = './merge/index.js';
  try {
    const m = (await import(specifier)) as Partial<MergeEngine>;
    if (typeof m.applyPatch === 'function' && typeof m.recordUpdate === 'function' && typeof m.defaultFieldManager === 'function') {
      return { applyPatch: m.applyPatch, recordUpdate: m.recordUpdate, defaultFieldManager: m.defaultFieldManager };
    }
  } catch (err) {
    log.warn({ err: (err as Error).message }, 'merge module unavailable: using plain merge patch, no managedFields');
  }
  return fallbackMergeEngine();
}

import type { KubeObject } from '../cluster/client/index.js';
import { StalledError } from '../runtime/errors/stalled-error.js';

/** A spec field Fluxion accepts (Flux's schema has it) but does not act on yet, and why ignoring it is unsafe. */
export interface UnsupportedField {
  path: string;
  why: string;
  /** Values that mean "the default", which this version does honour (e.g. `provider: generic`). */
  allowed?: readonly unknown[];
}

function used(obj: KubeObject, field: UnsupportedField): boolean {
  let cur: unknown = obj;
  for (const key of field.path.split('.')) {
    if (cur === null || typeof cur !== 'object') return false;
    cur = (cur as Record<string, unknown>)[key];
  }
  if (cur === undefined || cur === null || (Array.isArray(cur) && cur.length === 0)) return false;
  return !(field.allowed ?? []).includes(cur);
}

/**
 * Stalls (no retry until the spec changes) when the object uses a field this version cannot honour, naming the
 * field: acting as if it were absent would silently skip what the user asked for (impersonation, signature checks).
 */
export function refuseUnsupported(obj: KubeObject, fields: readonly UnsupportedField[]): void {
  const inUse = fields.filter((f) => used(obj, f));
  if (inUse.length === 0) return;
  const list = inUse.map((f) => `${f.path} (${f.why})`).join('; ');
  throw new StalledError('ReconciliationFailed', `not supported by this version of Fluxion, so nothing was done: ${list}`);
}

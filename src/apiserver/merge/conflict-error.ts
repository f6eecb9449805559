import type { FieldSet } from './field-set.js';
import { pathString } from './field-set.js';
import { MergeError, type MergeErrorCause } from './merge-error.js';
import type { ManagerEntry } from './managers.js';

/** How Kubernetes names a manager in a conflict: `"kubectl"`, or `"x" using apps/v1` for an updater. */
export function printManager(e: Pick<ManagerEntry, 'manager' | 'operation' | 'apiVersion' | 'subresource'>): string {
  let s = JSON.stringify(e.manager);
  if (e.subresource) s = `${s} with subresource ${JSON.stringify(e.subresource)}`;
  return e.operation === 'Update' ? `${s} using ${e.apiVersion}` : s;
}

/** One manager's fields that an apply would change. */
export interface ManagerConflict { id: string; entry: ManagerEntry; set: FieldSet }

/** Thrown inside the updater when an apply without force meets conflicts; `conflictError` turns it into the 409. */
export class ApplyConflicts extends Error {
  override readonly name = 'ApplyConflicts';
  constructor(readonly conflicts: ManagerConflict[]) {
    super('apply conflicts');
  }
}

/**
 * The 409 Kubernetes answers for apply conflicts: `Apply failed with 1 conflict: conflict with "m" using v1: .data.x`
 * (several: grouped per manager), one `FieldManagerConflict` cause per field.
 */
export function conflictError(conflicts: readonly ManagerConflict[]): MergeError {
  const sorted = [...conflicts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const causes: MergeErrorCause[] = [];
  const flat: Array<{ who: string; path: string }> = [];
  for (const c of sorted) {
    const who = printManager(c.entry);
    for (const p of c.set.paths()) {
      const path = pathString(p);
      flat.push({ who, path });
      causes.push({ type: 'FieldManagerConflict', message: `conflict with ${who}`, field: path });
    }
  }
  if (flat.length === 1) {
    return new MergeError('Conflict', `Apply failed with 1 conflict: conflict with ${flat[0]!.who}: ${flat[0]!.path}`, causes);
  }
  const lines: string[] = [];
  for (const c of sorted) {
    lines.push(`conflicts with ${printManager(c.entry)}:`);
    for (const p of c.set.paths()) lines.push(`- ${pathString(p)}`);
  }
  return new MergeError('Conflict', `Apply failed with ${flat.length} conflicts: ${lines.join('\n')}`, causes);
}

import { toCrdSchema } from '../crd-schema.js';
import { findVersionRule, versionRules } from '../conversion-rules.js';
import { currentApiVersion, findFluxKind } from '../kinds.js';
import { UnsupportedVersionError } from '../unsupported-version-error.js';
import type { AnyFluxObject, ConversionNote, Converted } from './converted.js';
import { pruneToSchema } from './prune-to-schema.js';

/** Collects notes during one conversion; `note` cites a row of conversion-rules.ts by id. */
export class NoteBook {
  readonly notes: ConversionNote[] = [];

  /** Records that rule `id` applied at `path`. */
  note(id: string, path: string): void {
    const rule = versionRules.find((r) => r.id === id);
    if (!rule) throw new Error(`conversion rule ${id} is missing from conversion-rules.ts`);
    this.notes.push({ rule: id, path, message: `${path}: ${rule.note}` });
  }
}

/** The kind-specific part of a conversion: rewrites the copy in place and records notes. */
export type Tweak = (obj: AnyFluxObject, book: NoteBook) => void;

/**
 * Converts `obj` to `targetApiVersion`: a deep copy, the kind's tweak, the new apiVersion, then every field the target
 * schema lacks is removed and reported (never silently). Throws when the target is not a served version of the kind.
 */
export function convertWith(obj: AnyFluxObject, targetApiVersion: string, tweak: Tweak): Converted {
  const target = findFluxKind(targetApiVersion, obj.kind);
  if (!target) throw new UnsupportedVersionError(targetApiVersion, obj.kind);
  const sourceVersion = obj.apiVersion.slice(obj.apiVersion.indexOf('/') + 1);
  const book = new NoteBook();
  const copy = structuredClone(obj);
  tweak(copy, book);
  copy.apiVersion = targetApiVersion;
  for (const path of pruneToSchema(copy, toCrdSchema(target.version.schema))) {
    const rule = findVersionRule(obj.kind, sourceVersion, path);
    book.notes.push(
      rule
        ? { rule: rule.id, path, message: `${path}: ${rule.note}` }
        : { rule: 'dropped-unknown-field', path, message: `${path}: not part of ${targetApiVersion} ${obj.kind}; dropped in conversion` },
    );
  }
  return { object: copy, notes: book.notes };
}

/** The current apiVersion of `obj`'s kind; throws {@link UnsupportedVersionError} when its own version is not served. */
export function currentOf(obj: AnyFluxObject): string {
  const found = findFluxKind(obj.apiVersion, obj.kind);
  if (!found) throw new UnsupportedVersionError(obj.apiVersion, obj.kind);
  return currentApiVersion(found.kind);
}

/** Reads a nested record, creating nothing; undefined when any step is missing or not an object. */
export function dig(obj: unknown, ...keys: string[]): Record<string, unknown> | undefined {
  let cur: unknown = obj;
  for (const k of keys) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur !== null && typeof cur === 'object' && !Array.isArray(cur) ? (cur as Record<string, unknown>) : undefined;
}

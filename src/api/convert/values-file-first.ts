import type { NoteBook } from './convert-with.js';

/** Moves a deprecated `valuesFile` to the front of `valuesFiles` (Flux merges it first), citing `rule`. */
export function valuesFileFirst(spec: Record<string, unknown> | undefined, path: string, rule: string, book: NoteBook): void {
  if (!spec || typeof spec.valuesFile !== 'string') return;
  const files = Array.isArray(spec.valuesFiles) ? (spec.valuesFiles as string[]) : [];
  if (spec.valuesFile !== '') spec.valuesFiles = [spec.valuesFile, ...files];
  delete spec.valuesFile;
  book.note(rule, `${path}.valuesFile`);
}

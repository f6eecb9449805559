import type { NoteBook } from './convert-with.js';

type Json = Record<string, unknown>;

/**
 * Moves deprecated `patchesStrategicMerge` and `patchesJson6902` entries of `holder` into its `patches` list (after
 * the existing ones, strategic-merge first, as kustomize applied them), citing `smpRule`/`jsonRule` for each entry.
 */
export function moveLegacyPatches(holder: Json, basePath: string, book: NoteBook, smpRule: string, jsonRule: string): void {
  const smp = Array.isArray(holder.patchesStrategicMerge) ? (holder.patchesStrategicMerge as unknown[]) : [];
  const json = Array.isArray(holder.patchesJson6902) ? (holder.patchesJson6902 as Json[]) : [];
  if (smp.length === 0 && json.length === 0) return;
  const patches = Array.isArray(holder.patches) ? [...(holder.patches as unknown[])] : [];
  smp.forEach((p, i) => {
    patches.push({ patch: JSON.stringify(p) });
    book.note(smpRule, `${basePath}.patchesStrategicMerge[${i}]`);
  });
  json.forEach((p, i) => {
    patches.push({ patch: JSON.stringify(p.patch ?? []), ...(p.target ? { target: p.target } : {}) });
    book.note(jsonRule, `${basePath}.patchesJson6902[${i}]`);
  });
  holder.patches = patches;
  delete holder.patchesStrategicMerge;
  delete holder.patchesJson6902;
}

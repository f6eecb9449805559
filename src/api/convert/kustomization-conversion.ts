import type { AnyFluxObject, Converted } from './converted.js';
import { convertWith, currentOf } from './convert-with.js';
import { moveLegacyPatches } from './legacy-patches.js';

/**
 * Kustomization from any served version to `kustomize.toolkit.fluxcd.io/v1`: `patchesStrategicMerge` and
 * `patchesJson6902` become `patches`; `validation` is kept and reported as ignored (rules ks-* in conversion-rules.ts).
 */
export function kustomizationToCurrent(obj: AnyFluxObject): Converted {
  return convertWith(obj, currentOf(obj), (o, book) => {
    if (!o.spec) return;
    moveLegacyPatches(o.spec, 'spec', book, 'ks-patches-smp', 'ks-patches-json6902');
    if (o.spec.validation !== undefined) book.note('ks-validation', 'spec.validation');
  });
}

import { currentApiVersion, findFluxKind } from '../kinds.js';
import type { AnyFluxObject, Converted } from './converted.js';
import { convertWith } from './convert-with.js';
import { moveLegacyPatches } from './legacy-patches.js';

/**
 * Kustomization from any served version to `kustomize.toolkit.fluxcd.io/v1`: `patchesStrategicMerge` and
 * `patchesJson6902` become `patches`; `validation` is kept and reported as ignored (rules ks-* in conversion-rules.ts).
 */
export function kustomizationToCurrent(obj: AnyFluxObject): Converted {
  const found = findFluxKind(obj.apiVersion, obj.kind);
  if (!found) throw new Error(`${obj.apiVersion} ${obj.kind} is not a kind/version Fluxion serves`);
  return convertWith(obj, currentApiVersion(found.kind), (o, book) => {
    if (!o.spec) return;
    moveLegacyPatches(o.spec, 'spec', book, 'ks-patches-smp', 'ks-patches-json6902');
    if (o.spec.validation !== undefined) book.note('ks-validation', 'spec.validation');
  });
}

import type { AnyFluxObject, Converted } from './converted.js';
import { convertWith, currentOf, dig } from './convert-with.js';
import { moveLegacyPatches } from './legacy-patches.js';
import { valuesFileFirst } from './values-file-first.js';

/**
 * HelmRelease from any served version (v2beta1, v2beta2, v2) to `helm.toolkit.fluxcd.io/v2`: `valuesFile` moves to the
 * front of `valuesFiles`, post-renderer legacy patches become `patches`, `install.skipCRDs` becomes `install.crds: Skip`.
 */
export function helmReleaseToCurrent(obj: AnyFluxObject): Converted {
  return convertWith(obj, currentOf(obj), (o, book) => {
    valuesFileFirst(dig(o, 'spec', 'chart', 'spec'), 'spec.chart.spec', 'hr-values-file', book);
    const renderers = Array.isArray(o.spec?.postRenderers) ? (o.spec.postRenderers as unknown[]) : [];
    renderers.forEach((r, i) => {
      const k = dig(r, 'kustomize');
      if (k) moveLegacyPatches(k, `spec.postRenderers[${i}].kustomize`, book, 'hr-post-renderer-smp', 'hr-post-renderer-json6902');
    });
    const install = dig(o, 'spec', 'install');
    if (install && install.skipCRDs !== undefined) {
      if (install.skipCRDs === true && install.crds === undefined) install.crds = 'Skip';
      delete install.skipCRDs;
      book.note('hr-skip-crds', 'spec.install.skipCRDs');
    }
  });
}

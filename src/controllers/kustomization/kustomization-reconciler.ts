import { FluxValidator } from '../../api/validation/flux-validator.js';
import type { UnpackedArtifactCache } from '../../artifact/unpacked-artifact-cache.js';
import type { Reconciler } from '../../runtime/reconciler.js';
import { adoptCurrentSpec } from '../adopt-current-spec.js';
import { kustomizationConditions } from './conditions.js';
import { finalizeKustomization } from './finalize.js';
import type { KustomizationObject } from './kustomization-object.js';
import { reconcileKustomization } from './reconcile.js';
import { kustomizationWatches } from './watches.js';

/** kustomize-controller's finalizer name. */
export const KUSTOMIZATION_FINALIZER = 'finalizers.fluxcd.io';

/** The Kustomization controller as the runtime runs it. */
export function kustomizationReconciler(options: { artifacts: UnpackedArtifactCache; concurrency?: number }): Reconciler<KustomizationObject> {
  const validator = new FluxValidator();
  return {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
    conditionTable: kustomizationConditions,
    reconcile: (ctx, ks, signal) => {
      adoptCurrentSpec(ctx, ks, validator);
      return reconcileKustomization(options.artifacts, ctx, ks, signal);
    },
    finalizer: KUSTOMIZATION_FINALIZER,
    finalize: finalizeKustomization,
    usesRetryInterval: true,
    watches: kustomizationWatches,
    revision: (ks) => ks.status?.lastAppliedRevision ?? ks.status?.lastAttemptedRevision,
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
  };
}

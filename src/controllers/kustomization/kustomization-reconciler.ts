import type { UnpackedArtifactCache } from '../../artifact/unpacked-artifact-cache.js';
import type { Reconciler } from '../../runtime/reconciler.js';
import { onCurrentSpec } from '../on-current-spec.js';
import type { UnsupportedField } from '../refuse-unsupported.js';
import { kustomizationConditions } from './conditions.js';
import { finalizeKustomization } from './finalize.js';
import type { KustomizationObject } from './kustomization-object.js';
import { reconcileKustomization } from './reconcile.js';
import { kustomizationWatches } from './watches.js';

// Fields Flux has that this version does not act on yet: using one stalls the Kustomization, naming it.
const unsupported: UnsupportedField[] = [
  { path: 'spec.kubeConfig', why: 'applying to a remote cluster is not implemented' },
  { path: 'spec.serviceAccountName', why: 'impersonation is not implemented; applying with the controller\'s own rights instead would bypass tenant RBAC' },
  { path: 'spec.driftIgnoreRules', why: 'drift ignore rules are not implemented' },
];

/** kustomize-controller's finalizer name. */
export const KUSTOMIZATION_FINALIZER = 'finalizers.fluxcd.io';

/** The Kustomization controller as the runtime runs it. */
export function kustomizationReconciler(options: { artifacts: UnpackedArtifactCache; concurrency?: number }): Reconciler<KustomizationObject> {
  return {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
    conditionTable: kustomizationConditions,
    reconcile: onCurrentSpec(unsupported, (ctx, ks, signal) => reconcileKustomization(options.artifacts, ctx, ks, signal)),
    finalizer: KUSTOMIZATION_FINALIZER,
    finalize: finalizeKustomization,
    usesRetryInterval: true,
    watches: kustomizationWatches,
    revision: (ks) => ks.status?.lastAppliedRevision ?? ks.status?.lastAttemptedRevision,
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
  };
}

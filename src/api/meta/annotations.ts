// Flux's annotation keys, kept apart from the schemas so that code needing only a key loads no schema library.

/** Annotation that asks for an immediate reconcile; its value is echoed in `status.lastHandledReconcileAt`. */
export const ReconcileRequestAnnotation = 'reconcile.fluxcd.io/requestedAt';
/** HelmRelease annotation forcing a one-off install/upgrade (with requestedAt set to the same value). */
export const ForceRequestAnnotation = 'reconcile.fluxcd.io/forceAt';
/** HelmRelease annotation resetting the failure counters (with requestedAt set to the same value). */
export const ResetRequestAnnotation = 'reconcile.fluxcd.io/resetAt';
/** Annotation that excludes an object from a Kustomization's reconcile (`disabled`). */
export const ReconcileAnnotation = 'kustomize.toolkit.fluxcd.io/reconcile';

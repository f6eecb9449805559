import { Type } from '@sinclair/typebox';

/** Annotation that asks for an immediate reconcile; its value is echoed in `status.lastHandledReconcileAt`. */
export const ReconcileRequestAnnotation = 'reconcile.fluxcd.io/requestedAt';
/** HelmRelease annotation forcing a one-off install/upgrade (with requestedAt set to the same value). */
export const ForceRequestAnnotation = 'reconcile.fluxcd.io/forceAt';
/** HelmRelease annotation resetting the failure counters (with requestedAt set to the same value). */
export const ResetRequestAnnotation = 'reconcile.fluxcd.io/resetAt';
/** Annotation that excludes an object from a Kustomization's reconcile (`disabled`). */
export const ReconcileAnnotation = 'kustomize.toolkit.fluxcd.io/reconcile';

/** `meta.ReconcileRequestStatus`, inlined in every status: the last handled `requestedAt` value. */
export const reconcileRequestStatusFields = {
  lastHandledReconcileAt: Type.Optional(Type.String({ description: 'LastHandledReconcileAt holds the value of the most recent reconcile request value, so a change of the annotation value can be detected.' })),
};

import { Type } from '@sinclair/typebox';

export { ForceRequestAnnotation, ReconcileAnnotation, ReconcileRequestAnnotation, ResetRequestAnnotation } from './annotations.js';

/** `meta.ReconcileRequestStatus`, inlined in every status: the last handled `requestedAt` value. */
export const reconcileRequestStatusFields = {
  lastHandledReconcileAt: Type.Optional(Type.String({ description: 'LastHandledReconcileAt holds the value of the most recent reconcile request value, so a change of the annotation value can be detected.' })),
};

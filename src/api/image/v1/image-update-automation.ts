import { Type, type Static } from '@sinclair/typebox';
import { ConditionsSchema } from '../../meta/condition.js';
import { reconcileRequestStatusFields } from '../../meta/reconcile-request.js';
import { CrossNamespaceSourceReferenceSchema, LocalObjectReferenceSchema } from '../../meta/references.js';
import { GitRepositoryRefSchema } from '../../source/v1/git-repository.js';
import { DateTime, Duration, Int64, ObjectMap, StringEnum, StringMap } from '../../schema/building-blocks.js';
import { fluxObject } from '../../schema/flux-object.js';
import { ImageRefSchema } from './image-policy.js';

/** `spec.git.commit`. */
export const CommitSpecSchema = Type.Object({
  author: Type.Object({ name: Type.Optional(Type.String()), email: Type.String() }),
  signingKey: Type.Optional(Type.Object({ secretRef: LocalObjectReferenceSchema, type: Type.Optional(StringEnum(['gpg', 'ssh'] as const, { description: "Type selects the signing-key format expected in the referenced Secret. When empty, the controller defaults to 'gpg'." })) })),
  messageTemplate: Type.Optional(Type.String()),
  messageTemplateValues: Type.Optional(StringMap()),
});

/** `spec.git`. */
export const GitSpecSchema = Type.Object({
  checkout: Type.Optional(Type.Object({ ref: GitRepositoryRefSchema })),
  commit: CommitSpecSchema,
  push: Type.Optional(Type.Object({ branch: Type.Optional(Type.String()), refspec: Type.Optional(Type.String({ pattern: '^$|^[^+:]' })), options: Type.Optional(StringMap()) })),
});

/** `spec.update`. */
export const UpdateStrategySchema = Type.Object({
  strategy: Type.Optional(StringEnum(['Setters'] as const, { default: 'Setters' })),
  path: Type.Optional(Type.String()),
});

/** ImageUpdateAutomation spec fields shared by every version. */
export const imageUpdateAutomationSpecFields = {
  sourceRef: CrossNamespaceSourceReferenceSchema(['GitRepository'] as const, { defaultKind: 'GitRepository' }),
  git: Type.Optional(GitSpecSchema),
  interval: Duration({ description: 'Interval gives an lower bound for how often the automation run should be attempted.' }),
  update: Type.Optional({ ...UpdateStrategySchema, default: { strategy: 'Setters' } }),
  suspend: Type.Optional(Type.Boolean()),
};

/** A `metav1.LabelSelector` (`policySelector`). */
export const LabelSelectorSchema = Type.Object({
  matchLabels: Type.Optional(StringMap()),
  matchExpressions: Type.Optional(Type.Array(Type.Object({ key: Type.String(), operator: Type.String(), values: Type.Optional(Type.Array(Type.String())) }))),
});

/** ImageUpdateAutomation v1 `spec`. */
export const ImageUpdateAutomationSpecSchema = Type.Object({ ...imageUpdateAutomationSpecFields, policySelector: Type.Optional(LabelSelectorSchema) });
/** ImageUpdateAutomation spec as the controllers read it. */
export type ImageUpdateAutomationSpec = Static<typeof ImageUpdateAutomationSpecSchema>;

/** ImageUpdateAutomation v1 `status`. */
export const ImageUpdateAutomationStatusSchema = Type.Object({
  lastAutomationRunTime: Type.Optional(DateTime()),
  lastPushCommit: Type.Optional(Type.String()),
  lastPushTime: Type.Optional(DateTime()),
  observedGeneration: Type.Optional(Int64()),
  conditions: Type.Optional(ConditionsSchema()),
  observedPolicies: Type.Optional(ObjectMap(ImageRefSchema)),
  observedSourceRevision: Type.Optional(Type.String()),
  ...reconcileRequestStatusFields,
});

/** `image.toolkit.fluxcd.io/v1` ImageUpdateAutomation. */
export const ImageUpdateAutomationSchema = fluxObject('ImageUpdateAutomation is the Schema for the imageupdateautomations API', ImageUpdateAutomationSpecSchema, ImageUpdateAutomationStatusSchema);
/** An ImageUpdateAutomation at the current version. */
export type ImageUpdateAutomation = Static<typeof ImageUpdateAutomationSchema>;


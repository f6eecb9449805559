import { Type } from '@sinclair/typebox';
import { ConditionsSchema } from '../meta/condition.js';
import { reconcileRequestStatusFields } from '../meta/reconcile-request.js';
import { LocalObjectReferenceSchema, NamespacedObjectReferenceSchema } from '../meta/references.js';
import { DateTime, Int64, StringEnum } from '../schema/building-blocks.js';
import { fluxObject } from '../schema/flux-object.js';
import { ImageRepositoryStatusSchema, imageRepositorySpecFields } from '../image/v1/image-repository.js';
import { ImagePolicyChoiceSchema, TagFilterSchema } from '../image/v1/image-policy.js';
import { CommitSpecSchema, GitSpecSchema, LabelSelectorSchema, imageUpdateAutomationSpecFields } from '../image/v1/image-update-automation.js';

const policyStatus = () =>
  Type.Object({
    latestImage: Type.Optional(Type.String({ description: 'LatestImage gives the first in the list of images scanned by the image repository, when filtered and ordered according to the policy.' })),
    observedPreviousImage: Type.Optional(Type.String()),
    observedGeneration: Type.Optional(Int64()),
    conditions: Type.Optional(ConditionsSchema()),
    ...reconcileRequestStatusFields,
  });
const automationStatus = () =>
  Type.Object({
    lastAutomationRunTime: Type.Optional(DateTime()),
    lastPushCommit: Type.Optional(Type.String()),
    lastPushTime: Type.Optional(DateTime()),
    observedGeneration: Type.Optional(Int64()),
    conditions: Type.Optional(ConditionsSchema()),
    ...reconcileRequestStatusFields,
  });

/** `image.toolkit.fluxcd.io/v1beta2` ImageRepository: v1's fields (exclusionList, provider, insecure) without proxySecretRef. */
export const ImageRepositoryV1beta2Schema = fluxObject(
  'ImageRepository is the Schema for the imagerepositories API',
  Type.Object({
    ...imageRepositorySpecFields,
    exclusionList: Type.Optional(Type.Array(Type.String(), { default: ['^.*\\.sig$'], maxItems: 25 })),
    provider: Type.Optional(StringEnum(['generic', 'aws', 'azure', 'gcp'] as const, { default: 'generic' })),
    insecure: Type.Optional(Type.Boolean()),
  }),
  ImageRepositoryStatusSchema,
);

/** `image.toolkit.fluxcd.io/v1beta1` ImageRepository: the shared core fields only. */
export const ImageRepositoryV1beta1Schema = fluxObject('ImageRepository is the Schema for the imagerepositories API', Type.Object(imageRepositorySpecFields), ImageRepositoryStatusSchema);

/** `image.toolkit.fluxcd.io/v1beta2` ImagePolicy: `status.latestImage` is a string (v1 has `latestRef`). */
export const ImagePolicyV1beta2Schema = fluxObject(
  'ImagePolicy is the Schema for the imagepolicies API',
  Type.Object({ imageRepositoryRef: NamespacedObjectReferenceSchema, policy: ImagePolicyChoiceSchema, filterTags: Type.Optional(TagFilterSchema), suspend: Type.Optional(Type.Boolean()) }),
  policyStatus(),
);

/** `image.toolkit.fluxcd.io/v1beta1` ImagePolicy: the repository reference is local (no namespace). */
export const ImagePolicyV1beta1Schema = fluxObject(
  'ImagePolicy is the Schema for the imagepolicies API',
  Type.Object({ imageRepositoryRef: LocalObjectReferenceSchema, policy: ImagePolicyChoiceSchema, filterTags: Type.Optional(TagFilterSchema) }),
  policyStatus(),
);

/** `image.toolkit.fluxcd.io/v1beta2` ImageUpdateAutomation (the v1 spec; status without observedPolicies). */
export const ImageUpdateAutomationV1beta2Schema = fluxObject(
  'ImageUpdateAutomation is the Schema for the imageupdateautomations API',
  Type.Object({ ...imageUpdateAutomationSpecFields, policySelector: Type.Optional(LabelSelectorSchema) }),
  Type.Object({ ...automationStatus().properties, observedSourceRevision: Type.Optional(Type.String()) }),
);

/** `image.toolkit.fluxcd.io/v1beta1` ImageUpdateAutomation: no policySelector, no messageTemplateValues. */
export const ImageUpdateAutomationV1beta1Schema = fluxObject(
  'ImageUpdateAutomation is the Schema for the imageupdateautomations API',
  Type.Object({
    ...imageUpdateAutomationSpecFields,
    git: Type.Optional(Type.Object({ ...GitSpecSchema.properties, commit: Type.Object({ author: CommitSpecSchema.properties.author, signingKey: CommitSpecSchema.properties.signingKey, messageTemplate: CommitSpecSchema.properties.messageTemplate }) })),
  }),
  automationStatus(),
);

import { Type, type Static } from '@sinclair/typebox';
import { AccessFromSchema } from '../../meta/access-from.js';
import { ConditionsSchema } from '../../meta/condition.js';
import { reconcileRequestStatusFields } from '../../meta/reconcile-request.js';
import { LocalObjectReferenceSchema } from '../../meta/references.js';
import { DateTime, Duration, Int64, StringEnum, Timeout } from '../../schema/building-blocks.js';
import { fluxObject } from '../../schema/flux-object.js';

/** ImageRepository spec fields shared by v1, v1beta2 and v1beta1. */
export const imageRepositorySpecFields = {
  image: Type.String({ description: 'Image is the name of the image repository.' }),
  interval: Duration({ description: 'Interval is the length of time to wait between scans of the image repository.' }),
  timeout: Type.Optional(Timeout({ description: "Timeout for image scanning. Defaults to 'Interval' duration." })),
  secretRef: Type.Optional(LocalObjectReferenceSchema),
  serviceAccountName: Type.Optional(Type.String({ maxLength: 253 })),
  certSecretRef: Type.Optional(LocalObjectReferenceSchema),
  suspend: Type.Optional(Type.Boolean()),
  accessFrom: Type.Optional(AccessFromSchema),
};

/** ImageRepository v1 `spec`. */
export const ImageRepositorySpecSchema = Type.Object({
  ...imageRepositorySpecFields,
  proxySecretRef: Type.Optional(LocalObjectReferenceSchema),
  exclusionList: Type.Optional(Type.Array(Type.String(), { default: ['^.*\\.sig$'], maxItems: 25, description: 'ExclusionList is a list of regex strings used to exclude certain tags from being stored in the database.' })),
  provider: Type.Optional(StringEnum(['generic', 'aws', 'azure', 'gcp'] as const, { default: 'generic' })),
  insecure: Type.Optional(Type.Boolean()),
});
/** ImageRepository spec as the controllers read it. */
export type ImageRepositorySpec = Static<typeof ImageRepositorySpecSchema>;

/** `status.lastScanResult`. */
export const ScanResultSchema = Type.Object({
  revision: Type.Optional(Type.String()),
  tagCount: Type.Integer(),
  scanTime: Type.Optional(DateTime()),
  latestTags: Type.Optional(Type.Array(Type.String())),
});

/** ImageRepository `status`. */
export const ImageRepositoryStatusSchema = Type.Object({
  observedGeneration: Type.Optional(Int64()),
  conditions: Type.Optional(ConditionsSchema()),
  canonicalImageName: Type.Optional(Type.String()),
  lastScanResult: Type.Optional(ScanResultSchema),
  observedExclusionList: Type.Optional(Type.Array(Type.String())),
  ...reconcileRequestStatusFields,
});

/** `image.toolkit.fluxcd.io/v1` ImageRepository. */
export const ImageRepositorySchema = fluxObject('ImageRepository is the Schema for the imagerepositories API', ImageRepositorySpecSchema, ImageRepositoryStatusSchema);
/** An ImageRepository at the current version. */
export type ImageRepository = Static<typeof ImageRepositorySchema>;

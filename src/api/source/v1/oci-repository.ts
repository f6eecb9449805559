import { Type, type Static } from '@sinclair/typebox';
import { ArtifactSchema } from '../../meta/artifact.js';
import { ConditionsSchema } from '../../meta/condition.js';
import { reconcileRequestStatusFields } from '../../meta/reconcile-request.js';
import { LocalObjectReferenceSchema } from '../../meta/references.js';
import { Duration, Int64, StringEnum, Timeout } from '../../schema/building-blocks.js';
import { fluxObject } from '../../schema/flux-object.js';
import { OCIRepositoryVerificationSchema } from './oci-verification.js';

/** `spec.layerSelector` / `status.observedLayerSelector`. */
export const OCILayerSelectorSchema = Type.Object({
  mediaType: Type.Optional(Type.String()),
  operation: Type.Optional(StringEnum(['extract', 'copy'] as const)),
});

/** OCIRepository `spec` fields (v1 and v1beta2 alike). */
export const ociRepositorySpecFields = {
  url: Type.String({ pattern: '^oci://.*$', description: 'URL is a reference to an OCI artifact repository hosted on a remote container registry.' }),
  ref: Type.Optional(
    Type.Object({
      digest: Type.Optional(Type.String()),
      semver: Type.Optional(Type.String()),
      semverFilter: Type.Optional(Type.String()),
      tag: Type.Optional(Type.String()),
    }),
  ),
  layerSelector: Type.Optional(OCILayerSelectorSchema),
  provider: Type.Optional(StringEnum(['generic', 'aws', 'azure', 'gcp'] as const, { default: 'generic' })),
  secretRef: Type.Optional(LocalObjectReferenceSchema),
  verify: Type.Optional(OCIRepositoryVerificationSchema),
  serviceAccountName: Type.Optional(Type.String()),
  certSecretRef: Type.Optional(LocalObjectReferenceSchema),
  proxySecretRef: Type.Optional(LocalObjectReferenceSchema),
  interval: Duration({ description: 'Interval at which the OCIRepository URL is checked for updates.' }),
  timeout: Type.Optional(Timeout({ default: '60s', description: 'The timeout for remote OCI Repository operations like pulling, defaults to 60s.' })),
  ignore: Type.Optional(Type.String()),
  insecure: Type.Optional(Type.Boolean()),
  suspend: Type.Optional(Type.Boolean()),
};

/** OCIRepository v1 `spec`. */
export const OCIRepositorySpecSchema = Type.Object(ociRepositorySpecFields);
/** OCIRepository spec as the controllers read it. */
export type OCIRepositorySpec = Static<typeof OCIRepositorySpecSchema>;

/** OCIRepository `status`. */
export const OCIRepositoryStatusSchema = Type.Object({
  observedGeneration: Type.Optional(Int64()),
  conditions: Type.Optional(ConditionsSchema()),
  url: Type.Optional(Type.String()),
  artifact: Type.Optional(ArtifactSchema),
  observedIgnore: Type.Optional(Type.String()),
  observedLayerSelector: Type.Optional(OCILayerSelectorSchema),
  ...reconcileRequestStatusFields,
});

/** `source.toolkit.fluxcd.io/v1` OCIRepository. */
export const OCIRepositorySchema = fluxObject('OCIRepository is the Schema for the ocirepositories API.', OCIRepositorySpecSchema, OCIRepositoryStatusSchema);
/** An OCIRepository at the current version. */
export type OCIRepository = Static<typeof OCIRepositorySchema>;

import { Type, type Static } from '@sinclair/typebox';
import { AccessFromSchema } from '../../meta/access-from.js';
import { ArtifactSchema } from '../../meta/artifact.js';
import { ConditionsSchema } from '../../meta/condition.js';
import { reconcileRequestStatusFields } from '../../meta/reconcile-request.js';
import { LocalObjectReferenceSchema } from '../../meta/references.js';
import { Duration, Int64, StringEnum, Timeout } from '../../schema/building-blocks.js';
import { fluxObject } from '../../schema/flux-object.js';

/** HelmRepository `spec` fields (v1 and v1beta2 alike). */
export const helmRepositorySpecFields = {
  url: Type.String({ pattern: '^(http|https|oci)://.*$', description: 'URL of the Helm repository, a valid URL contains at least a protocol and host.' }),
  secretRef: Type.Optional(LocalObjectReferenceSchema),
  certSecretRef: Type.Optional(LocalObjectReferenceSchema),
  passCredentials: Type.Optional(Type.Boolean({ description: 'PassCredentials allows the credentials from the SecretRef to be passed on to a host that does not match the host as defined in URL.' })),
  interval: Type.Optional(Duration({ description: 'Interval at which the HelmRepository URL is checked for updates.' })),
  insecure: Type.Optional(Type.Boolean({ description: "Insecure allows connecting to a non-TLS HTTP container registry. Only for type 'oci'." })),
  timeout: Type.Optional(Timeout({ description: 'Timeout is used for the index fetch operation for an HTTPS helm repository, and for remote OCI Repository operations. Its default value is 60s.' })),
  suspend: Type.Optional(Type.Boolean()),
  accessFrom: Type.Optional(AccessFromSchema),
  type: Type.Optional(StringEnum(['default', 'oci'] as const, { description: 'Type of the HelmRepository.' })),
  provider: Type.Optional(StringEnum(['generic', 'aws', 'azure', 'gcp'] as const, { default: 'generic', description: "Provider used for authentication. Only for type 'oci'." })),
};

/** HelmRepository v1 `spec`. */
export const HelmRepositorySpecSchema = Type.Object(helmRepositorySpecFields);
/** HelmRepository spec as the controllers read it. */
export type HelmRepositorySpec = Static<typeof HelmRepositorySpecSchema>;

/** HelmRepository `status`. */
export const HelmRepositoryStatusSchema = Type.Object({
  observedGeneration: Type.Optional(Int64()),
  conditions: Type.Optional(ConditionsSchema()),
  url: Type.Optional(Type.String({ description: 'URL is the dynamic fetch link for the latest Artifact.' })),
  artifact: Type.Optional(ArtifactSchema),
  ...reconcileRequestStatusFields,
});

/** `source.toolkit.fluxcd.io/v1` HelmRepository. */
export const HelmRepositorySchema = fluxObject('HelmRepository is the Schema for the helmrepositories API.', HelmRepositorySpecSchema, HelmRepositoryStatusSchema);
/** A HelmRepository at the current version. */
export type HelmRepository = Static<typeof HelmRepositorySchema>;

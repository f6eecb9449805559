import { Type, type Static } from '@sinclair/typebox';
import { ArtifactSchema } from '../../meta/artifact.js';
import { ConditionsSchema } from '../../meta/condition.js';
import { reconcileRequestStatusFields } from '../../meta/reconcile-request.js';
import { LocalObjectReferenceSchema } from '../../meta/references.js';
import { Duration, Int64, StringEnum, Timeout, withRules, type CelRule } from '../../schema/building-blocks.js';
import { fluxObject } from '../../schema/flux-object.js';

/** CEL rules Flux puts on Bucket v1 `spec`. */
export const bucketSpecRules: readonly CelRule[] = [
  { rule: "self.provider == 'aws' || self.provider == 'generic' || !has(self.sts)", message: "STS configuration is only supported for the 'aws' and 'generic' Bucket providers" },
  { rule: "self.provider != 'aws' || !has(self.sts) || self.sts.provider == 'aws'", message: "'aws' is the only supported STS provider for the 'aws' Bucket provider" },
  { rule: "self.provider != 'generic' || !has(self.sts) || self.sts.provider == 'ldap'", message: "'ldap' is the only supported STS provider for the 'generic' Bucket provider" },
  { rule: "!has(self.sts) || self.sts.provider != 'aws' || !has(self.sts.secretRef)", message: "spec.sts.secretRef is not required for the 'aws' STS provider" },
  { rule: "!has(self.sts) || self.sts.provider != 'aws' || !has(self.sts.certSecretRef)", message: "spec.sts.certSecretRef is not required for the 'aws' STS provider" },
  { rule: "self.provider != 'generic' || !has(self.serviceAccountName)", message: "ServiceAccountName is not supported for the 'generic' Bucket provider" },
  { rule: "!has(self.secretRef) || !has(self.serviceAccountName)", message: 'cannot set both .spec.secretRef and .spec.serviceAccountName' },
];

/** Bucket `spec` fields shared by v1 and v1beta2. */
export const bucketSpecFields = {
  provider: Type.Optional(StringEnum(['generic', 'aws', 'gcp', 'azure'] as const, { default: 'generic', description: 'Provider of the object storage bucket.' })),
  bucketName: Type.String({ description: 'BucketName is the name of the object storage bucket.' }),
  endpoint: Type.String({ description: 'Endpoint is the object storage address the BucketName is located at.' }),
  sts: Type.Optional(
    Type.Object({
      provider: StringEnum(['aws', 'ldap'] as const),
      endpoint: Type.String({ pattern: '^(http|https)://.*$' }),
      secretRef: Type.Optional(LocalObjectReferenceSchema),
      certSecretRef: Type.Optional(LocalObjectReferenceSchema),
    }),
  ),
  insecure: Type.Optional(Type.Boolean()),
  region: Type.Optional(Type.String()),
  prefix: Type.Optional(Type.String()),
  secretRef: Type.Optional(LocalObjectReferenceSchema),
  certSecretRef: Type.Optional(LocalObjectReferenceSchema),
  proxySecretRef: Type.Optional(LocalObjectReferenceSchema),
  interval: Duration({ description: 'Interval at which the Bucket Endpoint is checked for updates.' }),
  timeout: Type.Optional(Timeout({ default: '60s', description: 'Timeout for fetch operations, defaults to 60s.' })),
  ignore: Type.Optional(Type.String()),
  suspend: Type.Optional(Type.Boolean()),
};

/** Bucket v1 `spec`. */
export const BucketSpecSchema = withRules(Type.Object({ ...bucketSpecFields, serviceAccountName: Type.Optional(Type.String()) }), bucketSpecRules);
/** Bucket spec as the controllers read it. */
export type BucketSpec = Static<typeof BucketSpecSchema>;

/** Bucket `status`. */
export const BucketStatusSchema = Type.Object({
  observedGeneration: Type.Optional(Int64()),
  conditions: Type.Optional(ConditionsSchema()),
  url: Type.Optional(Type.String()),
  artifact: Type.Optional(ArtifactSchema),
  observedIgnore: Type.Optional(Type.String()),
  ...reconcileRequestStatusFields,
});

/** `source.toolkit.fluxcd.io/v1` Bucket. */
export const BucketSchema = fluxObject('Bucket is the Schema for the buckets API.', BucketSpecSchema, BucketStatusSchema);
/** A Bucket at the current version. */
export type Bucket = Static<typeof BucketSchema>;

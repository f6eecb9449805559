import { Type, type Static } from '@sinclair/typebox';
import { AccessFromSchema } from '../meta/access-from.js';
import { ArtifactSchema } from '../meta/artifact.js';
import { LocalObjectReferenceSchema } from '../meta/references.js';
import { StringEnum } from '../schema/building-blocks.js';
import { fluxObject } from '../schema/flux-object.js';
import { BucketStatusSchema, bucketSpecFields } from '../source/v1/bucket.js';
import { GitRepositoryStatusSchema, gitRepositorySpecFields } from '../source/v1/git-repository.js';
import { HelmChartStatusSchema, helmChartSpecFields } from '../source/v1/helm-chart.js';
import { HelmRepositoryStatusSchema, helmRepositorySpecFields } from '../source/v1/helm-repository.js';
import { OCIRepositoryStatusSchema, ociRepositorySpecFields } from '../source/v1/oci-repository.js';

// v1beta2 artifacts carried a `checksum` (sha256 hex) before `digest` existed.
const LegacyArtifactSchema = Type.Object({ ...ArtifactSchema.properties, checksum: Type.Optional(Type.String({ description: 'Deprecated: use digest.' })) });
const legacyStatus = { artifact: Type.Optional(LegacyArtifactSchema), url: Type.Optional(Type.String()), contentConfigChecksum: Type.Optional(Type.String()) };

/** `source.toolkit.fluxcd.io/v1beta2` GitRepository: v1's fields without provider/sparseCheckout, plus gitImplementation and accessFrom. */
export const GitRepositoryV1beta2Schema = fluxObject(
  'GitRepository is the Schema for the gitrepositories API.',
  Type.Object({
    ...gitRepositorySpecFields,
    verify: Type.Optional(Type.Object({ mode: StringEnum(['head'] as const, { description: 'Mode specifies what Git object should be verified, currently (\'head\').' }), secretRef: LocalObjectReferenceSchema })),
    gitImplementation: Type.Optional(StringEnum(['go-git', 'libgit2'] as const, { default: 'go-git', description: 'Deprecated: gitImplementation is no longer used; only go-git semantics exist.' })),
    accessFrom: Type.Optional(AccessFromSchema),
  }),
  Type.Object({ ...GitRepositoryStatusSchema.properties, ...legacyStatus }),
);
/** A GitRepository as written at v1beta2. */
export type GitRepositoryV1beta2 = Static<typeof GitRepositoryV1beta2Schema>;

/** `source.toolkit.fluxcd.io/v1beta2` HelmRepository (same fields as v1). */
export const HelmRepositoryV1beta2Schema = fluxObject(
  'HelmRepository is the Schema for the helmrepositories API.',
  Type.Object(helmRepositorySpecFields),
  Type.Object({ ...HelmRepositoryStatusSchema.properties, ...legacyStatus }),
);

/** `source.toolkit.fluxcd.io/v1beta2` HelmChart (same fields as v1). */
export const HelmChartV1beta2Schema = fluxObject(
  'HelmChart is the Schema for the helmcharts API.',
  Type.Object(helmChartSpecFields),
  Type.Object({ ...HelmChartStatusSchema.properties, ...legacyStatus }),
);

/** `source.toolkit.fluxcd.io/v1beta2` Bucket: v1's fields without serviceAccountName, plus accessFrom. */
export const BucketV1beta2Schema = fluxObject(
  'Bucket is the Schema for the buckets API.',
  Type.Object({ ...bucketSpecFields, accessFrom: Type.Optional(AccessFromSchema) }),
  Type.Object({ ...BucketStatusSchema.properties, ...legacyStatus }),
);

/** `source.toolkit.fluxcd.io/v1beta2` OCIRepository (same fields as v1). */
export const OCIRepositoryV1beta2Schema = fluxObject(
  'OCIRepository is the Schema for the ocirepositories API',
  Type.Object(ociRepositorySpecFields),
  Type.Object({ ...OCIRepositoryStatusSchema.properties, ...legacyStatus }),
);

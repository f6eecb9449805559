import { Type, type Static } from '@sinclair/typebox';
import { CrossNamespaceSourceReferenceSchema, NamespacedObjectReferenceSchema } from '../meta/references.js';
import { fluxObject } from '../schema/flux-object.js';
import { KustomizationStatusSchema, kustomizationLegacyFields, kustomizationSpecCoreFields } from '../kustomize/v1/kustomization.js';

// v1beta2 status had no reconcile history.
const { history: _history, ...v1beta2Status } = KustomizationStatusSchema.properties;

/**
 * `kustomize.toolkit.fluxcd.io/v1beta2` Kustomization: the v1 core plus `patchesStrategicMerge`, `patchesJson6902`
 * and `validation`, without v1's commonMetadata, components, deletionPolicy, name prefix/suffix and CEL health checks.
 */
export const KustomizationV1beta2Schema = fluxObject(
  'Kustomization is the Schema for the kustomizations API.',
  Type.Object({
    ...kustomizationSpecCoreFields,
    dependsOn: Type.Optional(Type.Array(NamespacedObjectReferenceSchema)),
    sourceRef: CrossNamespaceSourceReferenceSchema(['OCIRepository', 'GitRepository', 'Bucket'] as const),
    ...kustomizationLegacyFields,
  }),
  Type.Object(v1beta2Status),
);
/** A Kustomization as written at v1beta2. */
export type KustomizationV1beta2 = Static<typeof KustomizationV1beta2Schema>;

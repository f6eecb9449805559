import { Type, type Static } from '@sinclair/typebox';
import { ConditionsSchema } from '../../meta/condition.js';
import { ReconcileSnapshotSchema } from '../../meta/history.js';
import { CustomHealthCheckSchema, ImageSchema, JSON6902PatchSchema, PatchSchema, SelectorSchema } from '../../meta/kustomize.js';
import { reconcileRequestStatusFields } from '../../meta/reconcile-request.js';
import {
  CrossNamespaceSourceReferenceSchema,
  KubeConfigReferenceSchema,
  LocalObjectReferenceSchema,
  NamespacedObjectKindReferenceSchema,
} from '../../meta/references.js';
import { ResourceInventorySchema } from '../../inventory.js';
import { AnyJson, Duration, Int64, StringEnum, StringMap } from '../../schema/building-blocks.js';
import { fluxObject } from '../../schema/flux-object.js';

/** `spec.decryption`: SOPS decryption of Secrets before apply. */
export const DecryptionSchema = Type.Object({
  provider: StringEnum(['sops'] as const, { description: 'Provider is the name of the decryption engine.' }),
  serviceAccountName: Type.Optional(Type.String()),
  secretRef: Type.Optional(LocalObjectReferenceSchema),
});

/** `spec.postBuild`: `${VAR}` substitution after the kustomize build. */
export const PostBuildSchema = Type.Object({
  substitute: Type.Optional(StringMap({ description: 'Substitute holds a map of key/value pairs.' })),
  substituteFrom: Type.Optional(
    Type.Array(
      Type.Object({
        kind: StringEnum(['Secret', 'ConfigMap'] as const),
        name: Type.String({ minLength: 1, maxLength: 253 }),
        optional: Type.Optional(Type.Boolean({ default: false })),
      }),
    ),
  ),
});

/** `spec.dependsOn` entry: another Kustomization that must be Ready first (optionally a CEL readiness expression). */
export const DependencyReferenceSchema = Type.Object({
  name: Type.String({ description: 'Name of the referent.' }),
  namespace: Type.Optional(Type.String({ description: 'Namespace of the referent, when not specified it acts as LocalObjectReference.' })),
  readyExpr: Type.Optional(Type.String({ description: 'ReadyExpr is a CEL expression that can be used to assess the readiness of a dependency.' })),
});

/** The spec fields common to v1 and v1beta2 (v1beta2 has no commonMetadata, components, … — see its file). */
export const kustomizationSpecCoreFields = {
  dependsOn: Type.Optional(Type.Array(DependencyReferenceSchema)),
  decryption: Type.Optional(DecryptionSchema),
  interval: Duration({ description: 'The interval at which to reconcile the Kustomization.' }),
  retryInterval: Type.Optional(Duration({ description: 'The interval at which to retry a previously failed reconciliation. Defaults to Interval.' })),
  kubeConfig: Type.Optional(KubeConfigReferenceSchema),
  path: Type.Optional(Type.String({ description: "Path to the directory containing the kustomization.yaml file. Defaults to 'None', the root path of the SourceRef." })),
  postBuild: Type.Optional(PostBuildSchema),
  prune: Type.Boolean({ description: 'Prune enables garbage collection.' }),
  healthChecks: Type.Optional(Type.Array(NamespacedObjectKindReferenceSchema)),
  patches: Type.Optional(Type.Array(PatchSchema)),
  images: Type.Optional(Type.Array(ImageSchema)),
  serviceAccountName: Type.Optional(Type.String()),
  sourceRef: CrossNamespaceSourceReferenceSchema(['OCIRepository', 'GitRepository', 'Bucket', 'ExternalArtifact'] as const),
  suspend: Type.Optional(Type.Boolean()),
  targetNamespace: Type.Optional(Type.String({ minLength: 1, maxLength: 63 })),
  timeout: Type.Optional(Duration({ description: "Timeout for validation, apply and health checking operations. Defaults to 'Interval' duration." })),
  force: Type.Optional(Type.Boolean({ default: false })),
  wait: Type.Optional(Type.Boolean()),
};

/** Fields Flux removed in v1 that Fluxion still accepts on v1 (see conversion-rules.ts), so nothing is pruned. */
export const kustomizationLegacyFields = {
  patchesStrategicMerge: Type.Optional(Type.Array(AnyJson(), { description: 'Deprecated (removed in Flux v1): strategic merge patches; Fluxion converts them to patches.' })),
  patchesJson6902: Type.Optional(Type.Array(JSON6902PatchSchema, { description: 'Deprecated (removed in Flux v1): JSON 6902 patches; Fluxion converts them to patches.' })),
  validation: Type.Optional(
    StringEnum(['none', 'client', 'server'] as const, { description: 'Deprecated (ignored since Flux v1beta2): Fluxion always validates with a server-side dry-run apply.' }),
  ),
};

/** Kustomization v1 `spec`. */
export const KustomizationSpecSchema = Type.Object({
  commonMetadata: Type.Optional(Type.Object({ annotations: Type.Optional(StringMap()), labels: Type.Optional(StringMap()) })),
  ...kustomizationSpecCoreFields,
  deletionPolicy: Type.Optional(StringEnum(['MirrorPrune', 'Delete', 'WaitForTermination', 'Orphan'] as const)),
  namePrefix: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  nameSuffix: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  components: Type.Optional(Type.Array(Type.String())),
  ignoreMissingComponents: Type.Optional(Type.Boolean()),
  healthCheckExprs: Type.Optional(Type.Array(CustomHealthCheckSchema)),
  driftIgnoreRules: Type.Optional(Type.Array(Type.Object({ paths: Type.Array(Type.String()), target: Type.Optional(SelectorSchema) }))),
  ...kustomizationLegacyFields,
});
/** Kustomization spec as the controllers read it. */
export type KustomizationSpec = Static<typeof KustomizationSpecSchema>;

/** Kustomization v1 `status`. */
export const KustomizationStatusSchema = Type.Object({
  ...reconcileRequestStatusFields,
  observedGeneration: Type.Optional(Int64()),
  conditions: Type.Optional(ConditionsSchema()),
  lastAppliedRevision: Type.Optional(Type.String()),
  lastAppliedOriginRevision: Type.Optional(Type.String()),
  lastAttemptedRevision: Type.Optional(Type.String()),
  inventory: Type.Optional(ResourceInventorySchema),
  history: Type.Optional(Type.Array(ReconcileSnapshotSchema)),
});

/** `kustomize.toolkit.fluxcd.io/v1` Kustomization. */
export const KustomizationSchema = fluxObject('Kustomization is the Schema for the kustomizations API.', KustomizationSpecSchema, KustomizationStatusSchema);
/** A Kustomization at the current version. */
export type Kustomization = Static<typeof KustomizationSchema>;

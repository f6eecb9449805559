import { Type, type Static } from '@sinclair/typebox';
import { ConditionsSchema } from '../../meta/condition.js';
import { reconcileRequestStatusFields } from '../../meta/reconcile-request.js';
import { KubeConfigReferenceSchema, NamespacedObjectReferenceSchema } from '../../meta/references.js';
import { AnyJson, DateTime, Duration, Int64, StringEnum, withRules, type CelRule } from '../../schema/building-blocks.js';
import { fluxObject } from '../../schema/flux-object.js';
import {
  DriftDetectionSchema,
  HelmChartTemplateSchema,
  InstallSchema,
  PostRendererSchema,
  RollbackSchema,
  TestSchema,
  UninstallSchema,
  UpgradeSchema,
  ValuesReferenceSchema,
} from './helm-release-parts.js';

/** CEL rules Flux puts on HelmRelease v2 `spec`. */
export const helmReleaseSpecRules: readonly CelRule[] = [
  { rule: '(has(self.chart) && !has(self.chartRef)) || (!has(self.chart) && has(self.chartRef))', message: 'either chart or chartRef must be set' },
];

/** Spec fields shared by v2, v2beta2 and v2beta1 (each version adds its own; see their files). */
export const helmReleaseSpecCoreFields = {
  interval: Duration({ description: 'Interval at which to reconcile the Helm release.' }),
  kubeConfig: Type.Optional(KubeConfigReferenceSchema),
  suspend: Type.Optional(Type.Boolean()),
  releaseName: Type.Optional(Type.String({ minLength: 1, maxLength: 53 })),
  targetNamespace: Type.Optional(Type.String({ minLength: 1, maxLength: 63 })),
  storageNamespace: Type.Optional(Type.String({ minLength: 1, maxLength: 63 })),
  dependsOn: Type.Optional(Type.Array(NamespacedObjectReferenceSchema)),
  timeout: Type.Optional(Duration({ description: "Timeout is the time to wait for any individual Kubernetes operation during a Helm action. Defaults to '5m0s'." })),
  maxHistory: Type.Optional(Type.Integer({ description: "MaxHistory is the number of revisions saved by Helm for this HelmRelease. Use '0' for an unlimited number of revisions; defaults to '5'." })),
  serviceAccountName: Type.Optional(Type.String({ minLength: 1, maxLength: 253 })),
  persistentClient: Type.Optional(Type.Boolean()),
  install: Type.Optional(InstallSchema),
  upgrade: Type.Optional(UpgradeSchema),
  test: Type.Optional(TestSchema),
  rollback: Type.Optional(RollbackSchema),
  uninstall: Type.Optional(UninstallSchema),
  valuesFrom: Type.Optional(Type.Array(ValuesReferenceSchema)),
  values: Type.Optional(AnyJson({ description: 'Values holds the values for this Helm release.' })),
  postRenderers: Type.Optional(Type.Array(PostRendererSchema)),
};

/** HelmRelease v2 `spec`. */
export const HelmReleaseSpecSchema = withRules(
  Type.Object({
    chart: Type.Optional(HelmChartTemplateSchema),
    chartRef: Type.Optional(
      Type.Object({
        apiVersion: Type.Optional(Type.String()),
        kind: StringEnum(['OCIRepository', 'HelmChart', 'ExternalArtifact'] as const),
        name: Type.String({ minLength: 1, maxLength: 253 }),
        namespace: Type.Optional(Type.String({ minLength: 1, maxLength: 63 })),
      }),
    ),
    ...helmReleaseSpecCoreFields,
    driftDetection: Type.Optional(DriftDetectionSchema),
  }),
  helmReleaseSpecRules,
);
/** HelmRelease spec as the controllers read it. */
export type HelmReleaseSpec = Static<typeof HelmReleaseSpecSchema>;

/** `status.history` entry: one Helm release. */
export const HelmReleaseSnapshotSchema = Type.Object({
  apiVersion: Type.Optional(Type.String()),
  digest: Type.String(),
  name: Type.String(),
  namespace: Type.String(),
  version: Type.Integer(),
  status: Type.String(),
  chartName: Type.String(),
  chartVersion: Type.String(),
  appVersion: Type.Optional(Type.String()),
  configDigest: Type.String(),
  firstDeployed: DateTime(),
  lastDeployed: DateTime(),
  deleted: Type.Optional(DateTime()),
  testHooks: Type.Optional(Type.Unsafe<Record<string, { lastStarted?: string; lastCompleted?: string; phase?: string }>>({
    type: 'object',
    additionalProperties: { type: 'object', properties: { lastStarted: { type: 'string', format: 'date-time' }, lastCompleted: { type: 'string', format: 'date-time' }, phase: { type: 'string' } } },
  })),
  ociDigest: Type.Optional(Type.String()),
});

/** HelmRelease status fields shared by every version (v2beta1 adds its own deprecated ones). */
export const helmReleaseStatusFields = {
  observedGeneration: Type.Optional(Int64()),
  observedPostRenderersDigest: Type.Optional(Type.String({ description: 'ObservedPostRenderersDigest is the digest for the post-renderers of the last successful reconciliation attempt.' })),
  lastAttemptedGeneration: Type.Optional(Int64()),
  conditions: Type.Optional(ConditionsSchema()),
  helmChart: Type.Optional(Type.String()),
  storageNamespace: Type.Optional(Type.String({ minLength: 1, maxLength: 63 })),
  history: Type.Optional(Type.Array(HelmReleaseSnapshotSchema)),
  lastAttemptedReleaseAction: Type.Optional(StringEnum(['install', 'upgrade'] as const)),
  failures: Type.Optional(Int64()),
  installFailures: Type.Optional(Int64()),
  upgradeFailures: Type.Optional(Int64()),
  lastAppliedRevision: Type.Optional(Type.String({ description: 'Deprecated (v2beta1/v2beta2 status; Flux v2 removed it): kept for objects written at those versions.' })),
  lastAttemptedRevision: Type.Optional(Type.String()),
  lastAttemptedRevisionDigest: Type.Optional(Type.String()),
  lastAttemptedValuesChecksum: Type.Optional(Type.String()),
  lastReleaseRevision: Type.Optional(Type.Integer()),
  lastAttemptedConfigDigest: Type.Optional(Type.String()),
  lastHandledForceAt: Type.Optional(Type.String()),
  lastHandledResetAt: Type.Optional(Type.String()),
  ...reconcileRequestStatusFields,
};

/** HelmRelease v2 `status`. */
export const HelmReleaseStatusSchema = Type.Object(helmReleaseStatusFields);

/** `helm.toolkit.fluxcd.io/v2` HelmRelease. */
export const HelmReleaseSchema = fluxObject('HelmRelease is the Schema for the helmreleases API', HelmReleaseSpecSchema, HelmReleaseStatusSchema);
/** A HelmRelease at the current version. */
export type HelmRelease = Static<typeof HelmReleaseSchema>;

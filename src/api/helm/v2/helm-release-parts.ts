import { Type } from '@sinclair/typebox';
import { ImageSchema, JSON6902PatchSchema, PatchSchema, SelectorSchema } from '../../meta/kustomize.js';
import { LocalObjectReferenceSchema } from '../../meta/references.js';
import { AnyJson, Duration, StringEnum, StringMap } from '../../schema/building-blocks.js';

const crds = () => Type.Optional(StringEnum(['Skip', 'Create', 'CreateReplace'] as const, { description: 'CRDs upgrade CRDs from the Helm Chart\'s crds directory according to the CRD upgrade policy provided here.' }));
const remediationCommon = {
  retries: Type.Optional(Type.Integer({ description: "Retries is the number of retries that should be attempted on failures before bailing. Defaults to '0', a negative integer equals to unlimited retries." })),
  ignoreTestFailures: Type.Optional(Type.Boolean()),
  remediateLastFailure: Type.Optional(Type.Boolean()),
};

/** `spec.chart`: the template of the HelmChart the controller creates. */
export const HelmChartTemplateSchema = Type.Object({
  metadata: Type.Optional(Type.Object({ labels: Type.Optional(StringMap()), annotations: Type.Optional(StringMap()) })),
  spec: Type.Object({
    chart: Type.String({ minLength: 1, maxLength: 2048, description: 'The name or path the Helm chart is available at in the SourceRef.' }),
    version: Type.Optional(Type.String({ default: '*', description: 'Version semver expression, ignored for charts from GitRepository and Bucket sources. Defaults to latest when omitted.' })),
    sourceRef: Type.Object({
      apiVersion: Type.Optional(Type.String()),
      kind: StringEnum(['HelmRepository', 'GitRepository', 'Bucket'] as const),
      name: Type.String({ minLength: 1, maxLength: 253 }),
      namespace: Type.Optional(Type.String({ minLength: 1, maxLength: 63 })),
    }),
    interval: Type.Optional(Duration({ description: "Interval at which to check the v1.Source for updates. Defaults to 'HelmReleaseSpec.Interval'." })),
    reconcileStrategy: Type.Optional(StringEnum(['ChartVersion', 'Revision'] as const, { default: 'ChartVersion' })),
    valuesFiles: Type.Optional(Type.Array(Type.String())),
    valuesFile: Type.Optional(Type.String({ description: 'Removed in Flux v2 (deprecated in v2beta1/v2beta2): Fluxion accepts it for objects written at those versions and moves it to the front of valuesFiles when reading.' })),
    ignoreMissingValuesFiles: Type.Optional(Type.Boolean()),
    verify: Type.Optional(Type.Object({ provider: StringEnum(['cosign', 'notation'] as const, { default: 'cosign' }), secretRef: Type.Optional(LocalObjectReferenceSchema) })),
  }),
});

/** `spec.install`. */
export const InstallSchema = Type.Object({
  timeout: Type.Optional(Duration()),
  remediation: Type.Optional(Type.Object(remediationCommon)),
  disableWait: Type.Optional(Type.Boolean()),
  disableWaitForJobs: Type.Optional(Type.Boolean()),
  disableHooks: Type.Optional(Type.Boolean()),
  disableOpenAPIValidation: Type.Optional(Type.Boolean()),
  replace: Type.Optional(Type.Boolean()),
  skipCRDs: Type.Optional(Type.Boolean({ description: 'Deprecated: use crds: Skip.' })),
  crds: crds(),
  createNamespace: Type.Optional(Type.Boolean()),
});

/** `spec.upgrade`. */
export const UpgradeSchema = Type.Object({
  timeout: Type.Optional(Duration()),
  remediation: Type.Optional(Type.Object({ ...remediationCommon, strategy: Type.Optional(StringEnum(['rollback', 'uninstall'] as const)) })),
  disableWait: Type.Optional(Type.Boolean()),
  disableWaitForJobs: Type.Optional(Type.Boolean()),
  disableHooks: Type.Optional(Type.Boolean()),
  disableOpenAPIValidation: Type.Optional(Type.Boolean()),
  force: Type.Optional(Type.Boolean()),
  preserveValues: Type.Optional(Type.Boolean()),
  cleanupOnFail: Type.Optional(Type.Boolean()),
  crds: crds(),
});

/** `spec.test`. */
export const TestSchema = Type.Object({
  enable: Type.Optional(Type.Boolean()),
  timeout: Type.Optional(Duration()),
  ignoreFailures: Type.Optional(Type.Boolean()),
  filters: Type.Optional(Type.Array(Type.Object({ name: Type.String({ minLength: 1, maxLength: 253 }), exclude: Type.Optional(Type.Boolean()) }))),
});

/** `spec.rollback`. */
export const RollbackSchema = Type.Object({
  timeout: Type.Optional(Duration()),
  disableWait: Type.Optional(Type.Boolean()),
  disableWaitForJobs: Type.Optional(Type.Boolean()),
  disableHooks: Type.Optional(Type.Boolean()),
  recreate: Type.Optional(Type.Boolean()),
  force: Type.Optional(Type.Boolean()),
  cleanupOnFail: Type.Optional(Type.Boolean()),
});

/** `spec.uninstall`. */
export const UninstallSchema = Type.Object({
  timeout: Type.Optional(Duration()),
  disableHooks: Type.Optional(Type.Boolean()),
  keepHistory: Type.Optional(Type.Boolean()),
  disableWait: Type.Optional(Type.Boolean()),
  deletionPropagation: Type.Optional(StringEnum(['background', 'foreground', 'orphan'] as const, { default: 'background' })),
});

/** `spec.valuesFrom` entry. */
export const ValuesReferenceSchema = Type.Object({
  kind: StringEnum(['Secret', 'ConfigMap'] as const),
  name: Type.String({ minLength: 1, maxLength: 253 }),
  valuesKey: Type.Optional(Type.String({ maxLength: 253, pattern: '^[\\-._a-zA-Z0-9]+$' })),
  targetPath: Type.Optional(Type.String({ maxLength: 250, pattern: '^([a-zA-Z0-9_\\-.\\\\\\/]|\\[[0-9]{1,5}\\])+$' })),
  optional: Type.Optional(Type.Boolean()),
});

/** `spec.postRenderers` entry (kustomize post-renderer). */
export const PostRendererSchema = Type.Object({
  kustomize: Type.Optional(
    Type.Object({
      patches: Type.Optional(Type.Array(PatchSchema)),
      patchesStrategicMerge: Type.Optional(Type.Array(AnyJson(), { description: 'Removed in Flux v2 (deprecated in v2beta1/v2beta2): Fluxion accepts it and converts each entry to a patches entry when reading.' })),
      patchesJson6902: Type.Optional(Type.Array(JSON6902PatchSchema, { description: 'Removed in Flux v2 (deprecated in v2beta1/v2beta2): Fluxion accepts it and converts each entry to a patches entry when reading.' })),
      images: Type.Optional(Type.Array(ImageSchema)),
    }),
  ),
});

/** `spec.driftDetection`. */
export const DriftDetectionSchema = Type.Object({
  mode: Type.Optional(StringEnum(['enabled', 'warn', 'disabled'] as const)),
  ignore: Type.Optional(Type.Array(Type.Object({ paths: Type.Array(Type.String()), target: Type.Optional(SelectorSchema) }))),
});

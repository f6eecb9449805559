import { Type, type Static } from '@sinclair/typebox';
import { AccessFromSchema } from '../../meta/access-from.js';
import { ArtifactSchema } from '../../meta/artifact.js';
import { ConditionsSchema } from '../../meta/condition.js';
import { reconcileRequestStatusFields } from '../../meta/reconcile-request.js';
import { Duration, Int64, StringEnum } from '../../schema/building-blocks.js';
import { fluxObject } from '../../schema/flux-object.js';
import { OCIRepositoryVerificationSchema } from './oci-verification.js';

/** HelmChart `spec` fields (v1 and v1beta2 alike). */
export const helmChartSpecFields = {
  chart: Type.String({ description: 'Chart is the name or path the Helm chart is available at in the SourceRef.' }),
  version: Type.Optional(Type.String({ default: '*', description: 'Version is the chart version semver expression, ignored for charts from GitRepository and Bucket sources. Defaults to latest when omitted.' })),
  sourceRef: Type.Object({
    apiVersion: Type.Optional(Type.String()),
    kind: StringEnum(['HelmRepository', 'GitRepository', 'Bucket'] as const, { description: "Kind of the referent, valid values are ('HelmRepository', 'GitRepository', 'Bucket')." }),
    name: Type.String(),
  }),
  interval: Duration({ description: 'Interval at which the HelmChart SourceRef is checked for updates.' }),
  reconcileStrategy: Type.Optional(StringEnum(['ChartVersion', 'Revision'] as const, { default: 'ChartVersion', description: 'ReconcileStrategy determines what enables the creation of a new artifact.' })),
  valuesFiles: Type.Optional(Type.Array(Type.String(), { description: 'ValuesFiles is an alternative list of values files to use as the chart values.' })),
  valuesFile: Type.Optional(Type.String({ description: 'Deprecated in favor of ValuesFiles; merged before the ValuesFiles items.' })),
  ignoreMissingValuesFiles: Type.Optional(Type.Boolean()),
  suspend: Type.Optional(Type.Boolean()),
  accessFrom: Type.Optional(AccessFromSchema),
  verify: Type.Optional(OCIRepositoryVerificationSchema),
};

/** HelmChart v1 `spec`. */
export const HelmChartSpecSchema = Type.Object(helmChartSpecFields);
/** HelmChart spec as the controllers read it. */
export type HelmChartSpec = Static<typeof HelmChartSpecSchema>;

/** HelmChart `status`. */
export const HelmChartStatusSchema = Type.Object({
  observedGeneration: Type.Optional(Int64()),
  observedSourceArtifactRevision: Type.Optional(Type.String()),
  observedChartName: Type.Optional(Type.String()),
  observedValuesFiles: Type.Optional(Type.Array(Type.String())),
  conditions: Type.Optional(ConditionsSchema()),
  url: Type.Optional(Type.String()),
  artifact: Type.Optional(ArtifactSchema),
  ...reconcileRequestStatusFields,
});

/** `source.toolkit.fluxcd.io/v1` HelmChart. */
export const HelmChartSchema = fluxObject('HelmChart is the Schema for the helmcharts API.', HelmChartSpecSchema, HelmChartStatusSchema);
/** A HelmChart at the current version. */
export type HelmChart = Static<typeof HelmChartSchema>;

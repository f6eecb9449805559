import { Type, type Static } from '@sinclair/typebox';
import { fluxObject } from '../schema/flux-object.js';
import { HelmReleaseSpecSchema, HelmReleaseStatusSchema, helmReleaseSpecCoreFields, helmReleaseStatusFields } from '../helm/v2/helm-release.js';
import { HelmChartTemplateSchema } from '../helm/v2/helm-release-parts.js';

/** `helm.toolkit.fluxcd.io/v2beta2` HelmRelease: the same fields as v2 (v2 promoted it unchanged). */
export const HelmReleaseV2beta2Schema = fluxObject('HelmRelease is the Schema for the helmreleases API', HelmReleaseSpecSchema, HelmReleaseStatusSchema);
/** A HelmRelease as written at v2beta2. */
export type HelmReleaseV2beta2 = Static<typeof HelmReleaseV2beta2Schema>;

const { history: _history, lastAttemptedReleaseAction: _action, lastAttemptedRevisionDigest: _digest, lastAttemptedConfigDigest: _config, ...v2beta1Status } = helmReleaseStatusFields;

/**
 * `helm.toolkit.fluxcd.io/v2beta1` HelmRelease: `chart` required, no `chartRef` and no `driftDetection`
 * (v2beta1 drift detection was a controller flag); status without the release history.
 */
export const HelmReleaseV2beta1Schema = fluxObject(
  'HelmRelease is the Schema for the helmreleases API',
  Type.Object({ chart: HelmChartTemplateSchema, ...helmReleaseSpecCoreFields }),
  Type.Object(v2beta1Status),
);
/** A HelmRelease as written at v2beta1. */
export type HelmReleaseV2beta1 = Static<typeof HelmReleaseV2beta1Schema>;


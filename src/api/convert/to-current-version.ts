import { UnsupportedVersionError } from '../unsupported-version-error.js';
import type { AnyFluxObject, Converted } from './converted.js';
import { helmReleaseToCurrent } from './helm-release-conversion.js';
import { imagePolicyToCurrent, imageRepositoryToCurrent, imageUpdateAutomationToCurrent } from './image-conversions.js';
import { kustomizationToCurrent } from './kustomization-conversion.js';
import { alertToCurrent, providerToCurrent, receiverToCurrent } from './notification-conversions.js';
import { bucketToCurrent, gitRepositoryToCurrent, helmChartToCurrent, helmRepositoryToCurrent, ociRepositoryToCurrent } from './source-conversions.js';

/** The one conversion per kind, from any served version to the current one. */
export const toCurrentByKind: Readonly<Record<string, (obj: AnyFluxObject) => Converted>> = {
  GitRepository: gitRepositoryToCurrent,
  HelmRepository: helmRepositoryToCurrent,
  HelmChart: helmChartToCurrent,
  Bucket: bucketToCurrent,
  OCIRepository: ociRepositoryToCurrent,
  Kustomization: kustomizationToCurrent,
  HelmRelease: helmReleaseToCurrent,
  Receiver: receiverToCurrent,
  Provider: providerToCurrent,
  Alert: alertToCurrent,
  ImageRepository: imageRepositoryToCurrent,
  ImagePolicy: imagePolicyToCurrent,
  ImageUpdateAutomation: imageUpdateAutomationToCurrent,
};

/**
 * Converts a Flux object written in any served version to the current version (renamed and moved fields included),
 * returning notes for everything that moved, is ignored or was dropped. Objects already current go through the same
 * rules, because an API server with `conversion: None` relabels stored objects without touching their fields.
 */
export function toCurrentVersion(obj: AnyFluxObject): Converted {
  const convert = toCurrentByKind[obj.kind];
  if (!convert) throw new UnsupportedVersionError(obj.apiVersion, obj.kind);
  return convert(obj);
}

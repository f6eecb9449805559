import type { HelmReleaseSpec } from '../helm/v2/helm-release.js';

type Named = { metadata?: { name?: string; namespace?: string }; spec?: HelmReleaseSpec };

/** Default `spec.timeout` of a HelmRelease (and of each action without its own), as Flux: `5m0s`. */
export const helmReleaseDefaultTimeout = '5m0s';
/** Default `spec.maxHistory`: 5 release versions kept. */
export const helmReleaseDefaultMaxHistory = 5;

/** Release name: `spec.releaseName`, else `[targetNamespace-]name` (as Flux's GetReleaseName). */
export function helmReleaseName(hr: Named): string {
  const spec = hr.spec;
  const name = hr.metadata?.name ?? '';
  if (spec?.releaseName) return spec.releaseName;
  return spec?.targetNamespace ? `${spec.targetNamespace}-${name}` : name;
}

/** Namespace the release is installed in: `spec.targetNamespace`, else the HelmRelease's namespace. */
export function helmReleaseNamespace(hr: Named): string {
  return hr.spec?.targetNamespace || hr.metadata?.namespace || '';
}

/** Namespace of the Helm storage: `spec.storageNamespace`, else the HelmRelease's namespace. */
export function helmReleaseStorageNamespace(hr: Named): string {
  return hr.spec?.storageNamespace || hr.metadata?.namespace || '';
}

/** Name of the HelmChart the controller creates for a `spec.chart` template: `<namespace>-<name>`. */
export function helmReleaseChartName(hr: Named): string {
  return `${hr.metadata?.namespace ?? ''}-${hr.metadata?.name ?? ''}`;
}

/** The action defaults Flux applies when fields are unset, resolved for one HelmRelease spec. */
export interface HelmActionDefaults {
  timeout: { install: string; upgrade: string; test: string; rollback: string; uninstall: string };
  maxHistory: number;
  persistentClient: boolean;
  install: { retries: number; remediateLastFailure: boolean; crds: 'Skip' | 'Create' | 'CreateReplace' };
  upgrade: { retries: number; remediateLastFailure: boolean; strategy: 'rollback' | 'uninstall'; crds: 'Skip' | 'Create' | 'CreateReplace' };
  testIgnoreFailures: boolean;
  uninstallDeletionPropagation: 'background' | 'foreground' | 'orphan';
  driftDetectionMode: 'enabled' | 'warn' | 'disabled';
}

/**
 * Resolves Flux's defaults for a HelmRelease spec: timeouts fall back to `spec.timeout` then 5m0s; install CRDs
 * `Create` (`Skip` with the deprecated skipCRDs), upgrade CRDs `Skip`; upgrade remediation `rollback`, remediating the
 * last failure only when retries > 0; persistent client on; drift detection disabled.
 */
export function helmActionDefaults(spec: HelmReleaseSpec): HelmActionDefaults {
  const base = spec.timeout ?? helmReleaseDefaultTimeout;
  const installRetries = spec.install?.remediation?.retries ?? 0;
  const upgradeRetries = spec.upgrade?.remediation?.retries ?? 0;
  return {
    timeout: {
      install: spec.install?.timeout ?? base,
      upgrade: spec.upgrade?.timeout ?? base,
      test: spec.test?.timeout ?? base,
      rollback: spec.rollback?.timeout ?? base,
      uninstall: spec.uninstall?.timeout ?? base,
    },
    maxHistory: spec.maxHistory ?? helmReleaseDefaultMaxHistory,
    persistentClient: spec.persistentClient ?? true,
    install: {
      retries: installRetries,
      remediateLastFailure: spec.install?.remediation?.remediateLastFailure ?? false,
      crds: spec.install?.crds ?? (spec.install?.skipCRDs ? 'Skip' : 'Create'),
    },
    upgrade: {
      retries: upgradeRetries,
      remediateLastFailure: spec.upgrade?.remediation?.remediateLastFailure ?? upgradeRetries > 0,
      strategy: spec.upgrade?.remediation?.strategy ?? 'rollback',
      crds: spec.upgrade?.crds ?? 'Skip',
    },
    testIgnoreFailures: spec.test?.ignoreFailures ?? false,
    uninstallDeletionPropagation: spec.uninstall?.deletionPropagation ?? 'background',
    driftDetectionMode: spec.driftDetection?.mode ?? 'disabled',
  };
}

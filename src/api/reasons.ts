/**
 * Every condition/event reason Fluxion writes, word for word as Flux spells it (fluxcd/pkg/apis/meta and the
 * controllers' `condition_types.go`). A closed union: a typo is a compile error.
 */
export const Reasons = [
  // fluxcd/pkg/apis/meta: generic reasons
  'Succeeded',
  'Failed',
  'Progressing',
  'ProgressingWithRetry',
  'ReconciliationSucceeded',
  'ReconciliationFailed',
  'DependencyNotReady',
  'ArtifactFailed',
  'BuildFailed',
  'HealthCheckFailed',
  'HealthCheckCanceled',
  'PruneFailed',
  'InvalidCELExpression',
  'InvalidPath',
  'InvalidURL',
  'UnsupportedAPIVersion',
  'FeatureGateDisabled',
  'InsecureConnectionsDisallowed',
  'AccessDenied',
  'Suspended',
  // source-controller
  'GitOperationSucceeded',
  'GitOperationFailed',
  'AuthenticationFailed',
  'VerificationError',
  'StorageOperationFailed',
  'ArtifactUpToDate',
  'NewRevision',
  'URLInvalid',
  'IndexationFailed',
  'IndexationSucceeded',
  'ChartPullFailed',
  'ChartPullSucceeded',
  'ChartPackageFailed',
  'ChartPackageSucceeded',
  'BucketOperationSucceeded',
  'BucketOperationFailed',
  'OCIArtifactPullFailed',
  'OCIArtifactLayerOperationFailed',
  'DirCreationFailed',
  'StatOperationFailed',
  'ReadOperationFailed',
  'AcquireLockFailed',
  'ArchiveOperationFailed',
  'SymlinkUpdateFailed',
  'CacheOperationFailed',
  'PatchOperationFailed',
  'InvalidSTSConfiguration',
  'InvalidProviderConfiguration',
  'IncludeUnavailable',
  // helm-controller
  'InstallSucceeded',
  'InstallFailed',
  'UpgradeSucceeded',
  'UpgradeFailed',
  'TestSucceeded',
  'TestFailed',
  'RollbackSucceeded',
  'RollbackFailed',
  'UninstallSucceeded',
  'UninstallFailed',
  'InitFailed',
  'GetLastReleaseFailed',
  'DriftDetected',
  // notification-controller
  'ValidationFailed',
  'TokenNotFound',
  // image-reflector-controller / image-automation-controller
  'ImageURLInvalid',
  'ScanFailed',
  'InvalidSourceConfig',
  'InvalidPolicySelector',
  'UpdateFailed',
  'GitRepositoryNotFound',
  'RemovedVersion',
] as const;

/** A reason Fluxion may write into a condition or event. */
export type Reason = (typeof Reasons)[number];

/** Whether a string is one of Fluxion's reasons (for reading conditions written by others). */
export function isReason(value: string): value is Reason {
  return (Reasons as readonly string[]).includes(value);
}

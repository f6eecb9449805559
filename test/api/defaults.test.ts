import assert from 'node:assert/strict';
import { test } from 'node:test';
import { helmActionDefaults, helmReleaseChartName, helmReleaseName, helmReleaseNamespace, helmReleaseStorageNamespace } from '../../src/api/defaults/helm-release-defaults.js';
import { kustomizationDeletionPolicy, kustomizationRetryIntervalMs, kustomizationTimeoutMs } from '../../src/api/defaults/kustomization-defaults.js';
import { gitRepositoryRef, gitVerificationMode } from '../../src/api/defaults/source-defaults.js';
import { Reasons, isReason } from '../../src/api/reasons.js';

test('Kustomization timeout falls back to the interval minus 30s, never under 30s; retry falls back to interval', () => {
  assert.equal(kustomizationTimeoutMs(600_000), 570_000);
  assert.equal(kustomizationTimeoutMs(600_000, 180_000), 180_000);
  assert.equal(kustomizationTimeoutMs(60_000), 30_000);
  assert.equal(kustomizationTimeoutMs(600_000, 5_000), 30_000);
  assert.equal(kustomizationRetryIntervalMs(600_000), 600_000);
  assert.equal(kustomizationRetryIntervalMs(600_000, 120_000), 120_000);
  assert.equal(kustomizationDeletionPolicy({ prune: true }), 'Delete');
  assert.equal(kustomizationDeletionPolicy({ prune: false }), 'Orphan');
  assert.equal(kustomizationDeletionPolicy({ prune: true, deletionPolicy: 'WaitForTermination' }), 'WaitForTermination');
});

test('GitRepository checks out master when no ref is given', () => {
  assert.deepEqual(gitRepositoryRef(undefined), { branch: 'master' });
  assert.deepEqual(gitRepositoryRef({}), { branch: 'master' });
  assert.deepEqual(gitRepositoryRef({ tag: 'v1' }), { tag: 'v1' });
  assert.equal(gitVerificationMode(undefined), 'HEAD');
  assert.equal(gitVerificationMode('head'), 'HEAD');
  assert.equal(gitVerificationMode('Tag'), 'Tag');
});

test('HelmRelease names and action defaults follow Flux', () => {
  const hr = { metadata: { name: 'cert-manager', namespace: 'flux-system' }, spec: { interval: '1h', targetNamespace: 'cert-manager' } };
  assert.equal(helmReleaseName(hr), 'cert-manager-cert-manager');
  assert.equal(helmReleaseNamespace(hr), 'cert-manager');
  assert.equal(helmReleaseStorageNamespace(hr), 'flux-system');
  assert.equal(helmReleaseChartName(hr), 'flux-system-cert-manager');
  assert.equal(helmReleaseName({ metadata: { name: 'x' }, spec: { interval: '1m', releaseName: 'y' } }), 'y');
  const d = helmActionDefaults({ interval: '1h' });
  assert.deepEqual(d.timeout, { install: '5m0s', upgrade: '5m0s', test: '5m0s', rollback: '5m0s', uninstall: '5m0s' });
  assert.equal(d.maxHistory, 5);
  assert.equal(d.persistentClient, true);
  assert.deepEqual(d.install, { retries: 0, remediateLastFailure: false, crds: 'Create' });
  assert.deepEqual(d.upgrade, { retries: 0, remediateLastFailure: false, strategy: 'rollback', crds: 'Skip' });
  assert.equal(d.driftDetectionMode, 'disabled');
  const e = helmActionDefaults({ interval: '1h', timeout: '10m', install: { skipCRDs: true }, upgrade: { remediation: { retries: 3 } } });
  assert.equal(e.timeout.upgrade, '10m');
  assert.equal(e.install.crds, 'Skip');
  assert.equal(e.upgrade.remediateLastFailure, true);
});

test('reasons are Flux\'s words, unique', () => {
  assert.equal(new Set(Reasons).size, Reasons.length);
  for (const r of ['Succeeded', 'ReconciliationSucceeded', 'ReconciliationFailed', 'Progressing', 'DependencyNotReady', 'ArtifactFailed', 'BuildFailed', 'HealthCheckFailed', 'HealthCheckCanceled', 'PruneFailed', 'GitOperationFailed', 'AuthenticationFailed', 'StorageOperationFailed', 'ArtifactUpToDate', 'NewRevision']) {
    assert.ok(isReason(r), r);
  }
  assert.ok(!isReason('ReconcileSucceeded'));
});

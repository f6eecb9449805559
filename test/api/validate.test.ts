import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FluxValidator } from '../../src/api/validation/flux-validator.js';
import { validateFluxObject } from '../../src/api/validation/validate-flux-object.js';

const validator = new FluxValidator();
const ks = (spec: Record<string, unknown>, apiVersion = 'kustomize.toolkit.fluxcd.io/v1') => ({
  apiVersion,
  kind: 'Kustomization',
  metadata: { name: 'apps', namespace: 'flux-system' },
  spec: { interval: '10m', prune: true, sourceRef: { kind: 'GitRepository', name: 'flux-system' }, ...spec },
});
const messages = (obj: unknown): string[] => validator.validate(obj).map((e) => e.message);

test('a valid Kustomization has no errors', () => {
  assert.deepEqual(validateFluxObject(ks({ path: './apps' })), []);
});

test('a malformed duration names the field, the value and the expected form', () => {
  assert.deepEqual(messages(ks({ interval: '10 minutes' })), [
    `spec.interval: Invalid value: "10 minutes": should match '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$' (a Go duration such as 30s, 5m, 1h30m: units ms, s, m, h)`,
  ]);
  const git = { apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', metadata: { name: 'x' }, spec: { interval: '1m', url: 'https://example.com/x.git', timeout: '1h' } };
  assert.match(messages(git)[0] ?? '', /^spec\.timeout: Invalid value: "1h": .*units ms, s, m\)$/);
});

test('errors deep inside lists carry the full field path', () => {
  const errors = validator.validate(ks({ dependsOn: [{ name: 'a' }, { namespace: 'b' }], healthChecks: [{ kind: 'Deployment', name: 'x', apiVersion: 'apps/v1' }, { name: 'y' }] }));
  assert.deepEqual(errors.map((e) => e.path).sort(), ['spec.dependsOn[1].name', 'spec.healthChecks[1].kind']);
  assert.ok(errors.every((e) => e.type === 'Required value'));
});

test('an unsupported enum value lists the supported ones', () => {
  assert.deepEqual(messages(ks({ sourceRef: { kind: 'GitRepo', name: 'x' } })), [
    'spec.sourceRef.kind: Unsupported value: "GitRepo": supported values: "OCIRepository", "GitRepository", "Bucket", "ExternalArtifact"',
  ]);
});

test('unknown fields are refused, and a field Flux removed says what to do instead', () => {
  assert.deepEqual(messages(ks({ prunne: true })), ['spec.prunne: Unknown field: not part of kustomize.toolkit.fluxcd.io/v1 Kustomization (check the spelling against the API reference)']);
  const git = { apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', metadata: { name: 'x' }, spec: { interval: '1m', url: 'https://example.com/x.git', gitImplementation: 'libgit2' } };
  assert.match(messages(git)[0] ?? '', /^spec\.gitImplementation: Unknown field: .*delete spec\.gitImplementation/);
  const v1beta2 = { ...git, apiVersion: 'source.toolkit.fluxcd.io/v1beta2' };
  assert.deepEqual(messages(v1beta2), [], 'v1beta2 still accepts gitImplementation');
});

test('CEL rules of Flux CRDs are enforced', () => {
  const hr = { apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', metadata: { name: 'x' }, spec: { interval: '5m' } };
  assert.deepEqual(messages(hr), ['spec: Invalid value: "object": either chart or chartRef must be set']);
  const receiver = { apiVersion: 'notification.toolkit.fluxcd.io/v1', kind: 'Receiver', metadata: { name: 'x' }, spec: { type: 'github', resources: [{ kind: 'GitRepository', name: '*' }] } };
  assert.deepEqual(messages(receiver), ['spec: Invalid value: "object": secretRef is required when type is not generic-oidc']);
  const bucket = { apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'Bucket', metadata: { name: 'x' }, spec: { interval: '1m', bucketName: 'b', endpoint: 'e', secretRef: { name: 's' }, serviceAccountName: 'sa', provider: 'aws' } };
  assert.deepEqual(messages(bucket), ['spec: Invalid value: "object": cannot set both .spec.secretRef and .spec.serviceAccountName']);
});

test('old versions are validated against their own schema', () => {
  const v2beta1 = { apiVersion: 'helm.toolkit.fluxcd.io/v2beta1', kind: 'HelmRelease', metadata: { name: 'x' }, spec: { interval: '5m', chartRef: { kind: 'OCIRepository', name: 'x' } } };
  assert.deepEqual(messages(v2beta1).sort(), ['spec.chart: Required value', 'spec.chartRef: Unknown field: not part of helm.toolkit.fluxcd.io/v2beta1 HelmRelease (check the spelling against the API reference)']);
  const receiver = { apiVersion: 'notification.toolkit.fluxcd.io/v1beta2', kind: 'Receiver', metadata: { name: 'x' }, spec: { type: 'cdevents', resources: [], secretRef: { name: 't' } } };
  assert.match(messages(receiver)[0] ?? '', /^spec\.type: Unsupported value: "cdevents"/);
});

test('unknown kinds, versions and missing headers are named', () => {
  assert.deepEqual(messages({ apiVersion: 'helm.toolkit.fluxcd.io/v2beta3', kind: 'HelmRelease', metadata: { name: 'x' } }), [
    'apiVersion: Unsupported value: "helm.toolkit.fluxcd.io/v2beta3": supported values: "helm.toolkit.fluxcd.io/v2", "helm.toolkit.fluxcd.io/v2beta2", "helm.toolkit.fluxcd.io/v2beta1"',
  ]);
  assert.deepEqual(messages({ kind: 'Kustomization' }), ['apiVersion: Required value']);
  assert.deepEqual(messages({ ...ks({}), metadata: {} }), ['metadata.name: Required value: name or generateName is required']);
  assert.deepEqual(messages('text'), ['object: Invalid value: expected a Kubernetes object (a YAML mapping)']);
});

test('defaults are applied as the API server stores objects, without touching the input', () => {
  const git = { apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', metadata: { name: 'x' }, spec: { interval: '1m', url: 'https://example.com/x.git', verify: { secretRef: { name: 'keys' } } } };
  const defaulted = validator.withDefaults(git);
  assert.equal(defaulted.spec.verify.secretRef.name, 'keys');
  assert.deepEqual(defaulted, { ...git, spec: { ...git.spec, timeout: '60s', verify: { mode: 'HEAD', secretRef: { name: 'keys' } } }, status: { observedGeneration: -1 } });
  assert.equal((git.spec as Record<string, unknown>).timeout, undefined);
  const hr = validator.withDefaults({ apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', metadata: { name: 'x' }, spec: { interval: '5m', chart: { spec: { chart: 'podinfo', sourceRef: { kind: 'HelmRepository', name: 'p' } } } } });
  assert.deepEqual(hr.spec.chart.spec, { chart: 'podinfo', sourceRef: { kind: 'HelmRepository', name: 'p' }, version: '*', reconcileStrategy: 'ChartVersion' });
  const iua = validator.withDefaults({ apiVersion: 'image.toolkit.fluxcd.io/v1beta1', kind: 'ImageUpdateAutomation', metadata: { name: 'x' }, spec: { interval: '1m', sourceRef: { name: 'repo' } } });
  assert.deepEqual((iua.spec as Record<string, unknown>).update, { strategy: 'Setters' });
  assert.equal((iua.spec.sourceRef as Record<string, unknown>).kind, 'GitRepository');
});

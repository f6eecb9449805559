import assert from 'node:assert/strict';
import { test } from 'node:test';
import { versionRules } from '../../src/api/conversion-rules.js';
import type { AnyFluxObject } from '../../src/api/convert/converted.js';
import { toCurrentVersion } from '../../src/api/convert/to-current-version.js';
import { toServedVersion } from '../../src/api/convert/to-served-version.js';
import type { HelmRelease } from '../../src/api/helm/v2/helm-release.js';
import { readFluxObject } from '../../src/api/read-flux-object.js';
import { FluxValidator } from '../../src/api/validation/flux-validator.js';
import { isUnsupportedVersionError } from '../../src/api/unsupported-version-error.js';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const validator = new FluxValidator();
const meta = { name: 'app', namespace: 'flux-system' };
const convert = (obj: AnyFluxObject): { object: Any; rules: string[] } => {
  assert.deepEqual(validator.validate(obj), [], 'the input is valid in its own version');
  const c = toCurrentVersion(obj);
  assert.deepEqual(validator.validate(c.object), [], 'the output is valid in the current version');
  return { object: c.object, rules: c.notes.map((n) => n.rule) };
};

test('HelmRelease v2beta1: valuesFile goes first in valuesFiles, post-renderer patches become patches', () => {
  const { object, rules } = convert({
    apiVersion: 'helm.toolkit.fluxcd.io/v2beta1',
    kind: 'HelmRelease',
    metadata: meta,
    spec: {
      interval: '5m',
      chart: { spec: { chart: 'podinfo', sourceRef: { kind: 'HelmRepository', name: 'podinfo' }, valuesFile: 'values-prod.yaml', valuesFiles: ['values-extra.yaml'] } },
      install: { skipCRDs: true },
      postRenderers: [
        {
          kustomize: {
            patchesStrategicMerge: [{ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'podinfo' }, spec: { replicas: 2 } }],
            patchesJson6902: [{ target: { kind: 'Deployment', name: 'podinfo' }, patch: [{ op: 'add', path: '/metadata/labels/x', value: 'y' }] }],
          },
        },
      ],
    },
  });
  assert.equal(object.apiVersion, 'helm.toolkit.fluxcd.io/v2');
  assert.deepEqual(object.spec.chart.spec.valuesFiles, ['values-prod.yaml', 'values-extra.yaml']);
  assert.equal(object.spec.chart.spec.valuesFile, undefined);
  assert.equal(object.spec.install.crds, 'Skip');
  const patches = object.spec.postRenderers[0].kustomize.patches;
  assert.deepEqual(JSON.parse(patches[0].patch), { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'podinfo' }, spec: { replicas: 2 } });
  assert.equal(patches[0].target, undefined);
  assert.deepEqual(JSON.parse(patches[1].patch), [{ op: 'add', path: '/metadata/labels/x', value: 'y' }]);
  assert.deepEqual(patches[1].target, { kind: 'Deployment', name: 'podinfo' });
  assert.deepEqual(rules.sort(), ['hr-post-renderer-json6902', 'hr-post-renderer-smp', 'hr-skip-crds', 'hr-values-file']);
});

test('Kustomization v1beta2: patchesStrategicMerge and patchesJson6902 become patches after the existing ones', () => {
  const { object, rules } = convert({
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1beta2',
    kind: 'Kustomization',
    metadata: meta,
    spec: {
      interval: '10m',
      prune: true,
      sourceRef: { kind: 'GitRepository', name: 'flux-system' },
      validation: 'client',
      patches: [{ patch: 'kind: ConfigMap\nmetadata:\n  name: c', target: { kind: 'ConfigMap' } }],
      patchesStrategicMerge: [{ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { type: 'NodePort' } }],
      patchesJson6902: [{ target: { version: 'v1', kind: 'Service', name: 's' }, patch: [{ op: 'remove', path: '/spec/ports/0' }] }],
    },
  });
  assert.equal(object.apiVersion, 'kustomize.toolkit.fluxcd.io/v1');
  assert.equal(object.spec.patches.length, 3);
  assert.equal(object.spec.patches[0].target.kind, 'ConfigMap');
  assert.equal(JSON.parse(object.spec.patches[1].patch).spec.type, 'NodePort');
  assert.deepEqual(object.spec.patches[2].target, { version: 'v1', kind: 'Service', name: 's' });
  assert.equal(object.spec.patchesStrategicMerge, undefined);
  assert.equal(object.spec.validation, 'client', 'kept as written, reported as ignored');
  assert.deepEqual(rules.sort(), ['ks-patches-json6902', 'ks-patches-smp', 'ks-validation']);
});

test('ImagePolicy v1beta2 status latestImage becomes v1 latestRef, and back', () => {
  const v1beta2: AnyFluxObject = {
    apiVersion: 'image.toolkit.fluxcd.io/v1beta2',
    kind: 'ImagePolicy',
    metadata: meta,
    spec: { imageRepositoryRef: { name: 'app' }, policy: { semver: { range: '>=1.0.0' } }, filterTags: { pattern: '^v(?P<v>.*)$', extract: '$v' } },
    status: { latestImage: 'registry.local:5000/team/app:1.4.2', observedPreviousImage: 'registry.local:5000/team/app:1.4.1', observedGeneration: 3 },
  };
  const { object, rules } = convert(v1beta2);
  assert.deepEqual(object.status.latestRef, { name: 'registry.local:5000/team/app', tag: '1.4.2' });
  assert.deepEqual(object.status.observedPreviousRef, { name: 'registry.local:5000/team/app', tag: '1.4.1' });
  assert.deepEqual(object.spec.filterTags, v1beta2.spec?.filterTags);
  assert.deepEqual(rules, ['imagepolicy-latest-image', 'imagepolicy-latest-image']);
  assert.deepEqual(toServedVersion(object, 'image.toolkit.fluxcd.io/v1beta2').object, v1beta2);
});

test('GitRepository v1beta2: removed no-op fields are dropped with a note, head becomes HEAD, checksum becomes digest', () => {
  const c = toCurrentVersion({
    apiVersion: 'source.toolkit.fluxcd.io/v1beta2',
    kind: 'GitRepository',
    metadata: meta,
    spec: { interval: '1m', url: 'ssh://git@example.com/x.git', gitImplementation: 'libgit2', accessFrom: { namespaceSelectors: [] }, verify: { mode: 'head', secretRef: { name: 'pgp' } } },
    status: { artifact: { path: 'p', url: 'u', revision: 'main@sha1:abc', lastUpdateTime: '2024-01-01T00:00:00Z', checksum: 'ff' }, url: 'http://old' },
  });
  const o = c.object as Any;
  assert.equal(o.spec.gitImplementation, undefined);
  assert.equal(o.spec.verify.mode, 'HEAD');
  assert.equal(o.status.artifact.digest, 'sha256:ff');
  assert.deepEqual(c.notes.map((n) => n.rule).sort(), ['dropped-unknown-field', 'gitrepo-access-from', 'gitrepo-git-implementation', 'gitrepo-verify-mode-head', 'source-artifact-checksum']);
  const dropped = c.notes.find((n) => n.rule === 'dropped-unknown-field');
  assert.equal(dropped?.message, 'status.url: not part of source.toolkit.fluxcd.io/v1 GitRepository; dropped in conversion');
  assert.match(c.notes.find((n) => n.rule === 'gitrepo-git-implementation')?.message ?? '', /^spec\.gitImplementation: Flux removed libgit2/);
});

test('serving a current object at an older version drops, and reports, what that version lacks', () => {
  const v2: AnyFluxObject = {
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: meta,
    spec: { interval: '5m', chart: { spec: { chart: 'c', sourceRef: { kind: 'HelmRepository', name: 'r' } } }, driftDetection: { mode: 'enabled' } },
  };
  const c = toServedVersion(v2, 'helm.toolkit.fluxcd.io/v2beta1');
  assert.equal(c.object.apiVersion, 'helm.toolkit.fluxcd.io/v2beta1');
  assert.equal((c.object.spec as Any).driftDetection, undefined);
  assert.deepEqual(c.notes.map((n) => n.path), ['spec.driftDetection']);
  assert.deepEqual(toServedVersion(v2, 'helm.toolkit.fluxcd.io/v2beta2').notes, []);
  assert.throws(
    () => toServedVersion(v2, 'helm.toolkit.fluxcd.io/v3'),
    (err: unknown) => isUnsupportedVersionError(err) && err.reason === 'UnsupportedAPIVersion' && err.message === 'helm.toolkit.fluxcd.io/v3 HelmRelease is not a kind/version Fluxion serves',
  );
});

test('objects relabelled by an API server with conversion None still convert: legacy fields on a v2 object move', () => {
  const { object } = convert({
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: meta,
    spec: { interval: '5m', chart: { spec: { chart: 'c', sourceRef: { kind: 'HelmRepository', name: 'r' }, valuesFile: 'v.yaml' } } },
  });
  assert.deepEqual(object.spec.chart.spec.valuesFiles, ['v.yaml']);
});

test('notification v1beta2 objects lose only their status, with a note; Receiver status.url becomes webhookPath', () => {
  const alert = toCurrentVersion({
    apiVersion: 'notification.toolkit.fluxcd.io/v1beta2',
    kind: 'Alert',
    metadata: meta,
    spec: { providerRef: { name: 'slack' }, eventSources: [{ kind: 'Kustomization', name: '*' }], summary: 'prod' },
    status: { observedGeneration: 1 },
  });
  assert.equal(alert.object.apiVersion, 'notification.toolkit.fluxcd.io/v1beta3');
  assert.equal(alert.object.status, undefined);
  assert.equal((alert.object.spec as Any).summary, 'prod');
  assert.deepEqual(alert.notes.map((n) => n.rule), ['notification-v1beta2-status']);
  const receiver = toCurrentVersion({
    apiVersion: 'notification.toolkit.fluxcd.io/v1beta2',
    kind: 'Receiver',
    metadata: meta,
    spec: { type: 'github', resources: [{ kind: 'GitRepository', name: 'x' }], secretRef: { name: 't' } },
    status: { url: '/hook/abc' },
  });
  assert.equal((receiver.object.status as Any).webhookPath, '/hook/abc');
});

test('every conversion rule in the table is well formed and its kinds exist', () => {
  const kinds = new Set(['GitRepository', 'HelmRepository', 'HelmChart', 'Bucket', 'OCIRepository', 'Kustomization', 'HelmRelease', 'Receiver', 'Provider', 'Alert', 'ImageRepository', 'ImagePolicy', 'ImageUpdateAutomation']);
  const ids = new Set<string>();
  for (const r of versionRules) {
    assert.ok(!ids.has(r.id), `duplicate rule id ${r.id}`);
    ids.add(r.id);
    for (const k of r.kind.split('|')) assert.ok(kinds.has(k), `${r.id}: unknown kind ${k}`);
    if (r.action === 'converted') assert.ok(r.becomes, `${r.id}: converted rules say where the value lands`);
    assert.ok(r.note.length > 20, r.id);
  }
});

test('readFluxObject gives controllers a current, defaulted object from any version', () => {
  const { object, notes } = readFluxObject<HelmRelease>({
    apiVersion: 'helm.toolkit.fluxcd.io/v2beta1',
    kind: 'HelmRelease',
    metadata: meta,
    spec: { interval: '5m', chart: { spec: { chart: 'postgresql', version: '12.x', sourceRef: { kind: 'HelmRepository', name: 'bitnami', namespace: 'flux-system' } } } },
  });
  assert.equal(object.apiVersion, 'helm.toolkit.fluxcd.io/v2');
  assert.equal(object.spec?.chart?.spec.reconcileStrategy, 'ChartVersion');
  assert.equal(object.spec?.chart?.spec.version, '12.x');
  assert.deepEqual(object.status, { observedGeneration: -1 });
  assert.deepEqual(notes, []);
});

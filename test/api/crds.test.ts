import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fluxCrds } from '../../src/api/crds.js';
import { fluxKinds } from '../../src/api/kinds.js';
import { structuralViolations } from './support/structural-schema.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const crds = fluxCrds() as Json[];
const byKind = (kind: string): Json => {
  const crd = crds.find((c) => c.spec.names.kind === kind);
  assert.ok(crd, `no CRD for ${kind}`);
  return crd;
};

test('there is one CRD per Flux kind, named <plural>.<group>', () => {
  assert.equal(crds.length, 13);
  assert.deepEqual(crds.map((c) => c.metadata.name).sort(), [
    'alerts.notification.toolkit.fluxcd.io',
    'buckets.source.toolkit.fluxcd.io',
    'gitrepositories.source.toolkit.fluxcd.io',
    'helmcharts.source.toolkit.fluxcd.io',
    'helmreleases.helm.toolkit.fluxcd.io',
    'helmrepositories.source.toolkit.fluxcd.io',
    'imagepolicies.image.toolkit.fluxcd.io',
    'imagerepositories.image.toolkit.fluxcd.io',
    'imageupdateautomations.image.toolkit.fluxcd.io',
    'kustomizations.kustomize.toolkit.fluxcd.io',
    'ocirepositories.source.toolkit.fluxcd.io',
    'providers.notification.toolkit.fluxcd.io',
    'receivers.notification.toolkit.fluxcd.io',
  ]);
});

test('every version schema is structural', () => {
  let versions = 0;
  for (const crd of crds) {
    for (const v of crd.spec.versions) {
      versions += 1;
      assert.deepEqual(structuralViolations(v.schema.openAPIV3Schema), [], `${crd.metadata.name} ${v.name}`);
    }
  }
  assert.equal(versions, 30);
});

test('the structural checker refuses what the API server refuses', () => {
  const bad = {
    type: 'object',
    properties: {
      metadata: { type: 'object', properties: { labels: { type: 'object' } } },
      spec: {
        type: 'object',
        properties: {
          untyped: { description: 'no type' },
          both: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: { type: 'string' } },
          closed: { type: 'object', additionalProperties: false },
          pattern: { type: 'object', patternProperties: { '^x': { type: 'string' } } },
          union: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
          badDefault: { type: 'string', enum: ['a'], default: 'b' },
          list: { type: 'array' },
        },
      },
    },
  };
  const v = structuralViolations(bad);
  for (const expected of [
    'metadata.labels: only name and generateName may be specified',
    'openAPIV3Schema.properties.spec.properties.untyped: type must not be empty',
    'openAPIV3Schema.properties.spec.properties.both: additionalProperties and properties are mutually exclusive',
    'openAPIV3Schema.properties.spec.properties.closed: additionalProperties must be a schema',
    'openAPIV3Schema.properties.spec.properties.pattern: patternProperties is forbidden',
    'openAPIV3Schema.properties.spec.properties.union: type must not be empty',
    'openAPIV3Schema.properties.spec.properties.union.anyOf[0]: type is forbidden inside allOf/anyOf/oneOf/not',
    'openAPIV3Schema.properties.spec.properties.badDefault: default "b" does not fit the schema',
    'openAPIV3Schema.properties.spec.properties.list: arrays must declare items',
  ]) {
    assert.ok(v.includes(expected), `missing: ${expected}\n got: ${v.join('\n')}`);
  }
});

test('preserve-unknown-fields appears only where Flux has it (free-form JSON: values, legacy patches, JSON6902 values)', () => {
  const found: string[] = [];
  const walk = (node: Json, path: string): void => {
    if (node['x-kubernetes-preserve-unknown-fields']) found.push(path);
    for (const [k, v] of Object.entries((node.properties ?? {}) as Json)) walk(v as Json, `${path}.${k}`);
    if (node.items) walk(node.items, `${path}[]`);
    if (node.additionalProperties && typeof node.additionalProperties === 'object') walk(node.additionalProperties, `${path}{}`);
  };
  for (const crd of crds) for (const v of crd.spec.versions) walk(v.schema.openAPIV3Schema, `${crd.spec.names.kind}/${v.name}`);
  const allowed = /\.(values|patchesStrategicMerge\[\]|value)$/;
  assert.deepEqual(found.filter((p) => !allowed.test(p)), []);
  assert.ok(found.includes('HelmRelease/v2.spec.values'));
});

test('short names, categories, storage version and printer columns are Flux\'s', () => {
  const expectNames: Record<string, string[]> = {
    GitRepository: ['gitrepo'],
    HelmRepository: ['helmrepo'],
    HelmChart: ['hc'],
    OCIRepository: ['ocirepo'],
    Kustomization: ['ks'],
    HelmRelease: ['hr'],
    ImageRepository: ['imgrepo', 'imagerepo'],
    ImagePolicy: ['imgpol', 'imagepol'],
    ImageUpdateAutomation: ['iua', 'imgupd', 'imgauto'],
  };
  for (const [kind, names] of Object.entries(expectNames)) assert.deepEqual(byKind(kind).spec.names.shortNames, names, kind);
  assert.equal(byKind('Bucket').spec.names.shortNames, undefined);
  for (const crd of crds) {
    assert.ok(crd.spec.names.categories.includes('fluxcd'), crd.metadata.name);
    const storage = crd.spec.versions.filter((v: Json) => v.storage);
    assert.equal(storage.length, 1, crd.metadata.name);
    for (const v of crd.spec.versions) {
      assert.equal(v.served, true);
      if (!v.storage) assert.match(v.deprecationWarning, /Fluxion still serves it/);
    }
  }
  const current = (kind: string): Json => byKind(kind).spec.versions.find((v: Json) => v.storage);
  assert.equal(current('HelmRelease').name, 'v2');
  assert.equal(current('Provider').name, 'v1beta3');
  assert.deepEqual(current('GitRepository').additionalPrinterColumns.map((c: Json) => c.name), ['URL', 'Age', 'Ready', 'Status']);
  assert.deepEqual(current('HelmChart').additionalPrinterColumns.map((c: Json) => c.name), ['Chart', 'Version', 'Source Kind', 'Source Name', 'Age', 'Ready', 'Status']);
  assert.deepEqual(current('Kustomization').additionalPrinterColumns.map((c: Json) => c.jsonPath), [
    '.metadata.creationTimestamp',
    '.status.conditions[?(@.type=="Ready")].status',
    '.status.conditions[?(@.type=="Ready")].message',
  ]);
  assert.deepEqual(current('ImagePolicy').additionalPrinterColumns.map((c: Json) => c.name), ['Image', 'Tag', 'Ready', 'Status', 'Age']);
});

test('status subresource on every kind with a status; v1beta3 Provider and Alert have none', () => {
  for (const crd of crds) {
    for (const v of crd.spec.versions) {
      const hasStatus = v.schema.openAPIV3Schema.properties.status !== undefined;
      assert.equal(v.subresources?.status !== undefined, hasStatus, `${crd.metadata.name} ${v.name}`);
      if (hasStatus) assert.deepEqual(v.schema.openAPIV3Schema.properties.status.default, { observedGeneration: -1 });
    }
  }
  assert.equal(byKind('Alert').spec.versions.find((v: Json) => v.name === 'v1beta3').subresources, undefined);
});

test('the old versions the seeds use are served', () => {
  const served = new Set(fluxKinds.flatMap((k) => k.versions.map((v) => `${k.group}/${v.name} ${k.kind}`)));
  for (const want of [
    'helm.toolkit.fluxcd.io/v2beta1 HelmRelease',
    'source.toolkit.fluxcd.io/v1beta2 HelmRepository',
    'image.toolkit.fluxcd.io/v1beta1 ImageRepository',
    'image.toolkit.fluxcd.io/v1beta1 ImagePolicy',
    'image.toolkit.fluxcd.io/v1beta1 ImageUpdateAutomation',
    'image.toolkit.fluxcd.io/v1beta2 ImageRepository',
    'image.toolkit.fluxcd.io/v1beta2 ImagePolicy',
    'notification.toolkit.fluxcd.io/v1beta2 Alert',
    'kustomize.toolkit.fluxcd.io/v1beta2 Kustomization',
  ]) {
    assert.ok(served.has(want), want);
  }
});

test('Flux defaults are declared in the CRDs', () => {
  const spec = (kind: string, version: string): Json => byKind(kind).spec.versions.find((v: Json) => v.name === version).schema.openAPIV3Schema.properties.spec.properties;
  assert.equal(spec('GitRepository', 'v1').timeout.default, '60s');
  assert.equal(spec('HelmChart', 'v1').version.default, '*');
  assert.equal(spec('HelmChart', 'v1').reconcileStrategy.default, 'ChartVersion');
  assert.equal(spec('HelmRelease', 'v2').chart.properties.spec.properties.version.default, '*');
  assert.equal(spec('Receiver', 'v1').interval.default, '10m');
  assert.equal(spec('Alert', 'v1beta3').eventSeverity.default, 'info');
  assert.deepEqual(spec('ImageUpdateAutomation', 'v1').update.default, { strategy: 'Setters' });
  assert.deepEqual(spec('ImageRepository', 'v1').exclusionList.default, ['^.*\\.sig$']);
  assert.equal(spec('Kustomization', 'v1').timeout.default, undefined, 'Kustomization timeout falls back to interval in code, not in the CRD');
});

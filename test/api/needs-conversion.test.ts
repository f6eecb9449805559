import { test } from 'node:test';
import assert from 'node:assert/strict';
import { needsSpecConversion } from '../../src/api/needs-conversion.js';

const ks = (spec: Record<string, unknown>, apiVersion = 'kustomize.toolkit.fluxcd.io/v1') => ({ apiVersion, kind: 'Kustomization', spec });

test('a current-version object with only current fields is read as is', () => {
  assert.equal(needsSpecConversion(ks({ interval: '10m', prune: true, sourceRef: { kind: 'GitRepository', name: 'x' } })), false);
});

test('an older apiVersion, or a legacy field on a current one, needs conversion', () => {
  assert.equal(needsSpecConversion(ks({ interval: '10m' }, 'kustomize.toolkit.fluxcd.io/v1beta2')), true);
  assert.equal(needsSpecConversion(ks({ patchesStrategicMerge: [{ kind: 'Deployment' }] })), true);
  assert.equal(needsSpecConversion(ks({ validation: 'client' })), true);
  assert.equal(needsSpecConversion({ apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', spec: { verify: { mode: 'head' } } }), true);
});

test('a legacy field inside a list (HelmRelease post-renderers) is found', () => {
  const hr = (spec: unknown) => ({ apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', spec });
  assert.equal(needsSpecConversion(hr({ postRenderers: [{ kustomize: { patches: [] } }, { kustomize: { patchesJson6902: [{}] } }] })), true);
  assert.equal(needsSpecConversion(hr({ postRenderers: [{ kustomize: { patches: [{}] } }] })), false);
});

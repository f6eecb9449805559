import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Schema, findBuiltinResource, isBuiltinClusterScoped } from '../../../src/api/kubernetes/index.js';

test('a Deployment\'s containers merge by name and their ports by containerPort', () => {
  const deploy = Schema.forBuiltin('apps/v1', 'Deployment');
  assert.ok(deploy);
  const containers = deploy.field('spec')?.field('template')?.field('spec')?.field('containers');
  assert.equal(containers?.patchMergeKey, 'name');
  assert.deepEqual(containers?.patchStrategies, ['merge']);
  assert.equal(containers?.listType, 'map');
  const ports = containers?.items()?.field('ports');
  assert.deepEqual(ports?.listMapKeys, ['containerPort', 'protocol']);
  assert.equal(deploy.field('spec')?.field('strategy')?.patchStrategies.includes('retainKeys'), true);
});

test('labels are a string map and unknown fields have no schema', () => {
  const cm = Schema.forBuiltin('v1', 'ConfigMap');
  assert.equal(cm?.field('metadata')?.field('labels')?.field('app')?.type, 'string');
  assert.equal(cm?.field('nosuch'), undefined);
  assert.equal(Schema.forBuiltin('example.com/v1', 'Widget'), undefined);
});

test('scope of built-in kinds comes from the API paths', () => {
  assert.equal(findBuiltinResource('v1', 'Namespace')?.namespaced, false);
  assert.equal(findBuiltinResource('apps/v1', 'Deployment')?.namespaced, true);
  assert.equal(isBuiltinClusterScoped('rbac.authorization.k8s.io', 'ClusterRole'), true);
  assert.equal(isBuiltinClusterScoped('example.com', 'Widget'), undefined);
  assert.deepEqual(findBuiltinResource('apps/v1', 'Deployment')?.subresources, ['scale', 'status']);
});

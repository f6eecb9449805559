import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inventoryFromChangeSet, staleObjects } from '../../../src/cluster/inventory/index.js';
import { changeOf } from '../../../src/cluster/ssa/index.js';

const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'apps' } };
const deploy = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'apps' } };
const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'apps' } };

test('applied objects are recorded in Flux\'s inventory format', () => {
  const inv = inventoryFromChangeSet([changeOf(ns, 'created'), changeOf(deploy, 'configured'), changeOf(svc, 'unchanged')]);
  assert.deepEqual(inv.entries, [
    { id: '_apps__Namespace', v: 'v1' },
    { id: 'apps_web_apps_Deployment', v: 'v1' },
    { id: 'apps_web__Service', v: 'v1' },
  ]);
});

test('objects removed from Git are stale, namespaces deleted last', () => {
  const before = inventoryFromChangeSet([changeOf(ns, 'created'), changeOf(deploy, 'created'), changeOf(svc, 'created')]);
  const after = inventoryFromChangeSet([changeOf(svc, 'unchanged')]);
  assert.deepEqual(staleObjects(before, after).map((r) => `${r.kind}/${r.name}`), ['Deployment/web', 'Namespace/apps']);
});

test('an apiVersion change is not a removal', () => {
  const before = { entries: [{ id: 'apps_web_autoscaling_HorizontalPodAutoscaler', v: 'v1' }] };
  const after = { entries: [{ id: 'apps_web_autoscaling_HorizontalPodAutoscaler', v: 'v2' }] };
  assert.deepEqual(staleObjects(before, after), []);
});

test('RBAC names with colons are encoded as Flux (cli-utils) does and read back', () => {
  const role = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'system:fluxion:reader' } };
  const inv = inventoryFromChangeSet([changeOf(role, 'created')]);
  assert.deepEqual(inv.entries, [{ id: '_system__fluxion__reader_rbac.authorization.k8s.io_ClusterRole', v: 'v1' }]);
  assert.deepEqual(staleObjects(inv, { entries: [] }), [{ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', name: 'system:fluxion:reader' }]);
});

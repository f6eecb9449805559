import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatInventoryEntry, inventoryApiVersion, inventoryObjectOf, parseInventoryEntry } from '../../src/api/inventory.js';

test('inventory ids use Flux\'s <namespace>_<name>_<group>_<kind> with the version in v', () => {
  const deploy = inventoryObjectOf({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'apps' } });
  assert.deepEqual(formatInventoryEntry(deploy), { id: 'apps_web_apps_Deployment', v: 'v1' });
  const ns = inventoryObjectOf({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'apps' } });
  assert.deepEqual(formatInventoryEntry(ns), { id: '_apps__Namespace', v: 'v1' });
  const crd = inventoryObjectOf({ apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'foos.example.com' } });
  assert.deepEqual(formatInventoryEntry(crd), { id: '_foos.example.com_apiextensions.k8s.io_CustomResourceDefinition', v: 'v1' });
});

test('inventory entries parse back to the same object and apiVersion', () => {
  for (const entry of [
    { id: 'apps_web_apps_Deployment', v: 'v1' },
    { id: '_apps__Namespace', v: 'v1' },
    { id: 'flux-system_podinfo_helm.toolkit.fluxcd.io_HelmRelease', v: 'v2' },
  ]) {
    const obj = parseInventoryEntry(entry);
    assert.deepEqual(formatInventoryEntry(obj), entry);
  }
  assert.equal(inventoryApiVersion(parseInventoryEntry({ id: 'apps_web_apps_Deployment', v: 'v1' })), 'apps/v1');
  assert.equal(inventoryApiVersion(parseInventoryEntry({ id: '_apps__Namespace', v: 'v1' })), 'v1');
});

test('a malformed inventory id is refused naming it', () => {
  assert.throws(() => parseInventoryEntry({ id: 'apps_web_Deployment', v: 'v1' }), /inventory entry "apps_web_Deployment": expected <namespace>_<name>_<group>_<kind>/);
  assert.throws(() => parseInventoryEntry({ id: 'apps__apps_Deployment', v: 'v1' }), /expected/);
});

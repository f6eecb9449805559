import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ClusterClient, type KubeObject } from '../../../src/cluster/client/index.js';
import { ResourceManager, isApplyError } from '../../../src/cluster/ssa/index.js';
import { startTestApiServer, type TestApiServer } from '../../support/api-server.js';

let server: TestApiServer;
let client: ClusterClient;
const manager = (): ResourceManager => new ResourceManager(client, { fieldManager: 'kustomize-controller' });
const owner = { 'kustomize.toolkit.fluxcd.io/name': 'apps', 'kustomize.toolkit.fluxcd.io/namespace': 'flux-system' };

const crd: KubeObject = {
  apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'widgets.example.fluxion.dev' },
  spec: {
    group: 'example.fluxion.dev', scope: 'Namespaced',
    names: { kind: 'Widget', plural: 'widgets', singular: 'widget', listKind: 'WidgetList' },
    versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object', properties: { spec: { type: 'object', properties: { size: { type: 'integer' } } } } } } }],
  },
};
const ns = (name: string): KubeObject => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: owner } });
const cm = (name: string, namespace: string, data: Record<string, string>, annotations: Record<string, string> = {}): KubeObject =>
  ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace, labels: owner, annotations }, data });

before(async () => {
  server = await startTestApiServer();
  client = await ClusterClient.fromKubeconfig({ path: server.kubeconfigPath });
});
after(async () => {
  client.close();
  await server.close();
});

test('a CRD and its custom resources apply in one go, the CRD Established first', async () => {
  const widget: KubeObject = { apiVersion: 'example.fluxion.dev/v1', kind: 'Widget', metadata: { name: 'w1', namespace: 'shop', labels: owner }, spec: { size: 3 } };
  const changes = await manager().applyAllStaged([widget, cm('settings', 'shop', { a: '1' }), crd, ns('shop')], { force: false });
  assert.deepEqual(changes.map((c) => `${c.subject} ${c.action}`), [
    'CustomResourceDefinition/widgets.example.fluxion.dev created',
    'Namespace/shop created',
    'Widget/shop/w1 created',
    'ConfigMap/shop/settings created',
  ]);
  const live = await client.get({ apiVersion: 'example.fluxion.dev/v1', kind: 'Widget', name: 'w1', namespace: 'shop' });
  assert.deepEqual(live.spec, { size: 3 });
});

test('applying the same objects again writes nothing', async () => {
  const before = await client.get({ apiVersion: 'v1', kind: 'ConfigMap', name: 'settings', namespace: 'shop' });
  const changes = await manager().applyAllStaged([ns('shop'), cm('settings', 'shop', { a: '1' })], { force: false });
  assert.deepEqual(changes.map((c) => c.action), ['unchanged', 'unchanged']);
  const afterApply = await client.get({ apiVersion: 'v1', kind: 'ConfigMap', name: 'settings', namespace: 'shop' });
  assert.equal(afterApply.metadata.resourceVersion, before.metadata.resourceVersion);
});

test('a change made in the cluster is put back and reported as configured', async () => {
  await client.patch({ apiVersion: 'v1', kind: 'ConfigMap', name: 'settings', namespace: 'shop' }, { data: { a: 'edited-by-hand' } });
  const changes = await manager().applyAllStaged([cm('settings', 'shop', { a: '1' })], { force: false });
  assert.deepEqual(changes.map((c) => `${c.subject} ${c.action}`), ['ConfigMap/shop/settings configured']);
  const live = await client.get({ apiVersion: 'v1', kind: 'ConfigMap', name: 'settings', namespace: 'shop' });
  assert.deepEqual(live.data, { a: '1' });
});

test('one invalid object means nothing of its stage is applied', async () => {
  const bad: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'Not_A_Valid_Name', namespace: 'shop' }, data: {} };
  await assert.rejects(manager().applyAllStaged([cm('fresh', 'shop', { b: '2' }), bad], { force: false }), (err: unknown) =>
    isApplyError(err) && err.failures.length === 1 && err.failures[0]!.subject === 'ConfigMap/shop/Not_A_Valid_Name');
  await assert.rejects(client.get({ apiVersion: 'v1', kind: 'ConfigMap', name: 'fresh', namespace: 'shop' }), /not found/);
});

test('a custom resource whose CRD exists nowhere fails naming the kind and suggesting dependsOn', async () => {
  const gadget: KubeObject = { apiVersion: 'example.fluxion.dev/v1', kind: 'Gadget', metadata: { name: 'g', namespace: 'shop' } };
  await assert.rejects(manager().applyAllStaged([gadget], { force: false }), (err: unknown) =>
    isApplyError(err) && /no matches for kind "Gadget"/.test(err.message) && /dependsOn/.test(err.message));
});

test('ssa: Ignore and reconcile: disabled objects are skipped; IfNotPresent only creates', async () => {
  const changes = await manager().applyAllStaged([
    cm('ignored', 'shop', { x: '1' }, { 'kustomize.toolkit.fluxcd.io/ssa': 'Ignore' }),
    cm('settings', 'shop', { a: 'overwrite?' }, { 'kustomize.toolkit.fluxcd.io/ssa': 'IfNotPresent' }),
  ], { force: false });
  assert.deepEqual(changes.map((c) => c.action), ['skipped', 'skipped']);
  const live = await client.get({ apiVersion: 'v1', kind: 'ConfigMap', name: 'settings', namespace: 'shop' });
  assert.deepEqual(live.data, { a: '1' });
});

test('delete removes owned objects and keeps prune-disabled and foreign ones', async () => {
  await manager().applyAllStaged([
    cm('keep-me', 'shop', { k: '1' }, { 'kustomize.toolkit.fluxcd.io/prune': 'disabled' }),
    cm('drop-me', 'shop', { d: '1' }),
  ], { force: false });
  await client.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'foreign', namespace: 'shop' }, data: {} });
  const refs = ['keep-me', 'drop-me', 'foreign', 'never-existed'].map((name) => ({ apiVersion: 'v1', kind: 'ConfigMap', name, namespace: 'shop' }));
  const changes = await manager().deleteAll(refs, { ownerLabels: owner });
  assert.deepEqual(changes.map((c) => `${c.name} ${c.action}`), ['keep-me skipped', 'drop-me deleted', 'foreign skipped']);
  await assert.rejects(client.get(refs[1]!), /not found/);
  assert.ok(await client.get(refs[0]!));
});

test('a changed immutable field is refused without force, and the object recreated with it', async () => {
  const deploy = (app: string): KubeObject => ({
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'shop', labels: owner },
    spec: { selector: { matchLabels: { app } }, template: { metadata: { labels: { app } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } } },
  });
  await manager().applyAllStaged([deploy('v1')], { force: false });
  const before = await client.get({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'shop' });
  await assert.rejects(manager().applyAllStaged([deploy('v2')], { force: false }), (err: unknown) =>
    isApplyError(err) && /Deployment\/shop\/web dry-run failed: .*spec\.selector.*immutable/.test(err.message));
  const changes = await manager().applyAllStaged([deploy('v2')], { force: true });
  assert.deepEqual(changes.map((c) => `${c.subject} ${c.action}`), ['Deployment/shop/web created']);
  const after = await client.get({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'shop' });
  assert.notEqual(after.metadata.uid, before.metadata.uid, 'the Deployment was recreated');
  assert.deepEqual((after.spec as { selector: unknown }).selector, { matchLabels: { app: 'v2' } });
});

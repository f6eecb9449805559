import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CoreV1Api, KubernetesObjectApi, type KubernetesObject } from '@kubernetes/client-node';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';
import { jsonBody, rawRequest } from './raw-request.js';

describe('create, read, update, delete through client-node', () => {
  let server: TestApiServer;
  let core: CoreV1Api;
  let objects: KubernetesObjectApi;
  before(async () => {
    server = await startTestApiServer();
    core = server.kubeConfig.makeApiClient(CoreV1Api);
    objects = KubernetesObjectApi.makeApiClient(server.kubeConfig);
  });
  after(() => server.close());

  test('a created ConfigMap gets uid, creationTimestamp and a resourceVersion and reads back', async () => {
    const created = await core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'one' }, data: { k: 'v' } } });
    assert.match(created.metadata?.uid ?? '', /^[0-9a-f-]{36}$/);
    assert.ok(created.metadata?.creationTimestamp instanceof Date);
    assert.match(created.metadata?.resourceVersion ?? '', /^\d+$/);
    const read = await core.readNamespacedConfigMap({ name: 'one', namespace: 'default' });
    assert.deepEqual(read.data, { k: 'v' });
    assert.equal(read.metadata?.uid, created.metadata?.uid);
  });

  test('resourceVersions increase with every write', async () => {
    const a = await core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'rv-a' } } });
    const b = await core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'rv-b' } } });
    assert.ok(Number(b.metadata?.resourceVersion) > Number(a.metadata?.resourceVersion));
  });

  test('creating an existing name is 409 AlreadyExists', async () => {
    const r = await rawRequest(server, 'POST', '/api/v1/namespaces/default/configmaps', jsonBody({ metadata: { name: 'one' } }));
    assert.equal(r.status, 409);
    assert.equal(r.body.reason, 'AlreadyExists');
    assert.equal(r.body.message, 'configmaps "one" already exists');
  });

  test('an update with a stale resourceVersion is 409 Conflict; a fresh one succeeds', async () => {
    const cur = await core.readNamespacedConfigMap({ name: 'one', namespace: 'default' });
    const stale = cur.metadata?.resourceVersion;
    await core.replaceNamespacedConfigMap({ name: 'one', namespace: 'default', body: { ...cur, data: { k: 'v2' } } });
    const r = await rawRequest(server, 'PUT', '/api/v1/namespaces/default/configmaps/one',
      jsonBody({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'one', resourceVersion: stale }, data: { k: 'v3' } }));
    assert.equal(r.status, 409);
    assert.equal(r.body.reason, 'Conflict');
    assert.match(String(r.body.message), /the object has been modified/);
    const now = await core.readNamespacedConfigMap({ name: 'one', namespace: 'default' });
    assert.deepEqual(now.data, { k: 'v2' });
  });

  test('an update that changes nothing keeps the resourceVersion', async () => {
    const cur = await core.readNamespacedConfigMap({ name: 'one', namespace: 'default' });
    const same = await core.replaceNamespacedConfigMap({ name: 'one', namespace: 'default', body: cur });
    assert.equal(same.metadata?.resourceVersion, cur.metadata?.resourceVersion);
  });

  test('generation moves on spec changes only, and main writes ignore status', async () => {
    const dep = {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'gen', namespace: 'default' },
      spec: { selector: { matchLabels: { app: 'gen' } }, template: { metadata: { labels: { app: 'gen' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
      status: { replicas: 99 },
    };
    const created = await objects.create(dep as KubernetesObject) as KubernetesObject & { status?: { replicas?: number } };
    assert.equal(created.metadata?.generation, 1);
    assert.notEqual(created.status?.replicas, 99);
    const labelled = await objects.patch({ ...dep, metadata: { ...dep.metadata, labels: { x: 'y' } } } as KubernetesObject,
      undefined, undefined, 'test', undefined, 'application/merge-patch+json');
    assert.equal(labelled.metadata?.generation, 1);
    const scaled = await objects.patch({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'gen', namespace: 'default' }, spec: { replicas: 3 } } as KubernetesObject,
      undefined, undefined, 'test', undefined, 'application/merge-patch+json');
    assert.equal(scaled.metadata?.generation, 2);
  });

  test('a replace that omits only server-defaulted fields does not bump generation', async () => {
    const cur = (await rawRequest(server, 'GET', '/apis/apps/v1/namespaces/default/deployments/gen')).body as {
      metadata: Record<string, unknown>; spec: Record<string, unknown>;
    };
    const { progressDeadlineSeconds: _p, revisionHistoryLimit: _r, strategy: _s, ...bare } = cur.spec;
    const r = await rawRequest(server, 'PUT', '/apis/apps/v1/namespaces/default/deployments/gen', jsonBody({ ...cur, spec: bare }));
    assert.equal(r.status, 200, r.text);
    assert.equal((r.body.metadata as { generation: number }).generation, cur.metadata.generation);
    assert.equal((r.body.spec as { progressDeadlineSeconds: number }).progressDeadlineSeconds, 600);
  });

  test('a /status write changes only status and leaves generation alone', async () => {
    const cur = await rawRequest(server, 'GET', '/apis/apps/v1/namespaces/default/deployments/gen');
    const body = { ...cur.body, spec: { ...(cur.body.spec as object), replicas: 7 }, status: { observedGeneration: 42 } };
    const r = await rawRequest(server, 'PUT', '/apis/apps/v1/namespaces/default/deployments/gen/status', jsonBody(body));
    assert.equal(r.status, 200);
    assert.equal((r.body.status as { observedGeneration: number }).observedGeneration, 42);
    assert.equal((r.body.spec as { replicas: number }).replicas, 3);
    assert.equal((r.body.metadata as { generation: number }).generation, 2);
  });

  test('delete removes the object and a second delete is 404', async () => {
    await core.deleteNamespacedConfigMap({ name: 'rv-a', namespace: 'default' });
    const r = await rawRequest(server, 'GET', '/api/v1/namespaces/default/configmaps/rv-a');
    assert.equal(r.status, 404);
    assert.equal(r.body.message, 'configmaps "rv-a" not found');
    const again = await rawRequest(server, 'DELETE', '/api/v1/namespaces/default/configmaps/rv-a');
    assert.equal(again.status, 404);
  });

  test('delete preconditions on uid and resourceVersion are enforced', async () => {
    const cm = await core.readNamespacedConfigMap({ name: 'rv-b', namespace: 'default' });
    const wrongUid = await rawRequest(server, 'DELETE', '/api/v1/namespaces/default/configmaps/rv-b', jsonBody({ preconditions: { uid: 'nope' } }));
    assert.equal(wrongUid.status, 409);
    assert.match(String(wrongUid.body.message), /Precondition failed: UID in precondition: nope/);
    const wrongRv = await rawRequest(server, 'DELETE', '/api/v1/namespaces/default/configmaps/rv-b', jsonBody({ preconditions: { resourceVersion: '1' } }));
    assert.equal(wrongRv.status, 409);
    const ok = await rawRequest(server, 'DELETE', '/api/v1/namespaces/default/configmaps/rv-b',
      jsonBody({ preconditions: { uid: cm.metadata?.uid, resourceVersion: cm.metadata?.resourceVersion } }));
    assert.equal(ok.status, 200);
    assert.equal(ok.body.status, 'Success');
  });

  test('deletecollection removes only what the selector matches', async () => {
    for (const [name, tier] of [['dc1', 'a'], ['dc2', 'a'], ['dc3', 'b']]) {
      await core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name, labels: { tier: tier ?? '' } } } });
    }
    await core.deleteCollectionNamespacedConfigMap({ namespace: 'default', labelSelector: 'tier=a' });
    const left = await core.listNamespacedConfigMap({ namespace: 'default', labelSelector: 'tier' });
    assert.deepEqual(left.items.map((i) => i.metadata?.name), ['dc3']);
  });

  test('generateName produces a unique name with the prefix', async () => {
    const a = await core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { generateName: 'gen-' } } });
    assert.match(a.metadata?.name ?? '', /^gen-[a-z0-9]{5}$/);
  });

  test('cluster-scoped kinds ignore namespaces and namespaced ones need one', async () => {
    const r = await rawRequest(server, 'POST', '/apis/rbac.authorization.k8s.io/v1/clusterroles', jsonBody({ metadata: { name: 'reader' }, rules: [] }));
    assert.equal(r.status, 201);
    assert.equal((r.body.metadata as { namespace?: string }).namespace, undefined);
    const wrong = await rawRequest(server, 'GET', '/apis/rbac.authorization.k8s.io/v1/namespaces/default/clusterroles/reader');
    assert.equal(wrong.status, 404);
  });
});

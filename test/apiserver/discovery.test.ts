import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ApisApi, CoreApi, VersionApi } from '@kubernetes/client-node';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';
import { rawRequest } from './raw-request.js';

describe('discovery, version and OpenAPI', () => {
  let server: TestApiServer;
  before(async () => {
    server = await startTestApiServer();
  });
  after(() => server.close());

  test('/version reports the Kubernetes release the built-in types come from', async () => {
    const v = await server.kubeConfig.makeApiClient(VersionApi).getCode();
    assert.equal(v.major, '1');
    assert.match(v.gitVersion, /^v1\.\d+\.\d+$/);
  });

  test('/api and /apis list the core version and every group with a preferred version', async () => {
    const core = await server.kubeConfig.makeApiClient(CoreApi).getAPIVersions();
    assert.deepEqual(core.versions, ['v1']);
    const groups = await server.kubeConfig.makeApiClient(ApisApi).getAPIVersions();
    const byName = new Map(groups.groups.map((g) => [g.name, g]));
    for (const g of ['apps', 'batch', 'rbac.authorization.k8s.io', 'networking.k8s.io', 'apiextensions.k8s.io', 'coordination.k8s.io',
      'policy', 'autoscaling', 'storage.k8s.io', 'scheduling.k8s.io', 'admissionregistration.k8s.io', 'events.k8s.io']) {
      assert.ok(byName.has(g), g);
    }
    assert.equal(byName.get('autoscaling')?.preferredVersion?.version, 'v2');
  });

  test('resource lists carry scope, verbs, short names and subresources', async () => {
    const r = await rawRequest(server, 'GET', '/apis/apps/v1');
    const res = r.body.resources as Array<{ name: string; namespaced: boolean; verbs: string[]; shortNames?: string[] }>;
    const deploy = res.find((x) => x.name === 'deployments');
    assert.equal(deploy?.namespaced, true);
    assert.deepEqual(deploy?.shortNames, ['deploy']);
    assert.ok(deploy?.verbs.includes('watch'));
    assert.ok(res.some((x) => x.name === 'deployments/status'));
    assert.ok(res.some((x) => x.name === 'deployments/scale'));
    const core = (await rawRequest(server, 'GET', '/api/v1')).body.resources as Array<{ name: string; namespaced: boolean }>;
    assert.equal(core.find((x) => x.name === 'namespaces')?.namespaced, false);
    assert.equal(core.find((x) => x.name === 'configmaps')?.namespaced, true);
  });

  test('aggregated discovery answers kubectl\'s Accept header with one document', async () => {
    const accept = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json';
    const r = await rawRequest(server, 'GET', '/apis', { accept });
    assert.match(String(r.headers['content-type']), /as=APIGroupDiscoveryList/);
    assert.equal(r.body.kind, 'APIGroupDiscoveryList');
    const apps = (r.body.items as Array<{ metadata: { name: string }; versions: Array<{ resources: Array<{ resource: string; scope: string }> }> }>)
      .find((i) => i.metadata.name === 'apps');
    assert.equal(apps?.versions[0]?.resources.find((x) => x.resource === 'deployments')?.scope, 'Namespaced');
  });

  test('OpenAPI v3 lists every group/version and serves schemas with merge keys and fieldValidation', async () => {
    const root = await rawRequest(server, 'GET', '/openapi/v3');
    const paths = root.body.paths as Record<string, { serverRelativeURL: string }>;
    assert.ok(paths['api/v1'] && paths['apis/apps/v1']);
    const doc = await rawRequest(server, 'GET', paths['apis/apps/v1']?.serverRelativeURL ?? '');
    const schemas = (doc.body.components as { schemas: Record<string, { properties?: Record<string, Record<string, unknown>> }> }).schemas;
    const podSpec = schemas['io.k8s.api.core.v1.PodSpec'];
    assert.equal(podSpec?.properties?.containers?.['x-kubernetes-patch-merge-key'], 'name');
    const patchOps = Object.values(doc.body.paths as Record<string, { patch?: { parameters: Array<{ name: string }> } }>);
    assert.ok(patchOps.every((p) => p.patch?.parameters.some((x) => x.name === 'fieldValidation')));
  });

  test('the default namespace has the kubernetes Service', async () => {
    const r = await rawRequest(server, 'GET', '/api/v1/namespaces/default/services/kubernetes');
    assert.equal(r.status, 200);
    assert.equal((r.body.spec as { clusterIP: string }).clusterIP, '10.96.0.1');
  });

  test('the scale subresource reads and changes replicas', async () => {
    await rawRequest(server, 'POST', '/apis/apps/v1/namespaces/default/deployments', { contentType: 'application/json', body: JSON.stringify({
      metadata: { name: 'sc' }, spec: { replicas: 1, selector: { matchLabels: { app: 'sc' } },
        template: { metadata: { labels: { app: 'sc' } }, spec: { containers: [{ name: 'c', image: 'x' }] } } } }) });
    const scale = await rawRequest(server, 'GET', '/apis/apps/v1/namespaces/default/deployments/sc/scale');
    assert.equal(scale.body.kind, 'Scale');
    assert.deepEqual(scale.body.spec, { replicas: 1 });
    const put = await rawRequest(server, 'PUT', '/apis/apps/v1/namespaces/default/deployments/sc/scale', { contentType: 'application/json',
      body: JSON.stringify({ ...scale.body, spec: { replicas: 4 } }) });
    assert.equal(put.status, 200, put.text);
    const patched = await rawRequest(server, 'PATCH', '/apis/apps/v1/namespaces/default/deployments/sc/scale', { contentType: 'application/merge-patch+json', body: '{"spec":{"replicas":5}}' });
    assert.equal(patched.status, 200, patched.text);
    const dep = await rawRequest(server, 'GET', '/apis/apps/v1/namespaces/default/deployments/sc');
    assert.equal((dep.body.spec as { replicas: number }).replicas, 5);
  });
});

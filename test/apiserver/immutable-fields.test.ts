import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';
import { jsonBody, rawRequest } from './raw-request.js';

describe('immutable fields of built-in kinds', () => {
  let server: TestApiServer;
  before(async () => {
    server = await startTestApiServer();
  });
  after(() => server.close());

  const merge = (path: string, patch: unknown) => rawRequest(server, 'PATCH', path, { body: JSON.stringify(patch), contentType: 'application/merge-patch+json' });

  test('a Deployment selector cannot change: 422 "field is immutable"', async () => {
    await rawRequest(server, 'POST', '/apis/apps/v1/namespaces/default/deployments', jsonBody({ metadata: { name: 'd' },
      spec: { selector: { matchLabels: { app: 'a' } }, template: { metadata: { labels: { app: 'a', v: '1' } }, spec: { containers: [{ name: 'c', image: 'x' }] } } } }));
    const r = await merge('/apis/apps/v1/namespaces/default/deployments/d', { spec: { selector: { matchLabels: { app: 'b' } } } });
    assert.equal(r.status, 422);
    assert.match(String(r.body.message), /spec.selector: Invalid value: .*field is immutable/);
    const ok = await merge('/apis/apps/v1/namespaces/default/deployments/d', { spec: { replicas: 3 } });
    assert.equal(ok.status, 200);
  });

  test('an immutable ConfigMap keeps its data', async () => {
    await rawRequest(server, 'POST', '/api/v1/namespaces/default/configmaps', jsonBody({ metadata: { name: 'frozen' }, immutable: true, data: { a: '1' } }));
    const r = await merge('/api/v1/namespaces/default/configmaps/frozen', { data: { a: '2' } });
    assert.equal(r.status, 422);
    assert.match(String(r.body.message), /data: Forbidden: field is immutable when `immutable` is set/);
  });

  test('a RoleBinding cannot change its roleRef', async () => {
    await rawRequest(server, 'POST', '/apis/rbac.authorization.k8s.io/v1/namespaces/default/rolebindings', jsonBody({ metadata: { name: 'rb' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'a' }, subjects: [{ kind: 'User', name: 'u' }] }));
    const r = await merge('/apis/rbac.authorization.k8s.io/v1/namespaces/default/rolebindings/rb', { roleRef: { name: 'b' } });
    assert.equal(r.status, 422);
    assert.match(String(r.body.message), /cannot change roleRef/);
  });

  test('a Job template cannot change', async () => {
    await rawRequest(server, 'POST', '/apis/batch/v1/namespaces/default/jobs', jsonBody({ metadata: { name: 'j' },
      spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'x' }] } } } }));
    const r = await merge('/apis/batch/v1/namespaces/default/jobs/j', { spec: { template: { spec: { containers: [{ name: 'c', image: 'y' }] } } } });
    assert.equal(r.status, 422);
    assert.match(String(r.body.message), /spec.template: Invalid value: .*field is immutable/);
  });
});

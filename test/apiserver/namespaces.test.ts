import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';
import { eventually, jsonBody, rawRequest } from './raw-request.js';

describe('namespaces', () => {
  let server: TestApiServer;
  before(async () => {
    server = await startTestApiServer();
  });
  after(() => server.close());

  test('a fresh server has default, kube-system, kube-public and kube-node-lease, each with a default ServiceAccount', async () => {
    const r = await rawRequest(server, 'GET', '/api/v1/namespaces');
    const names = (r.body.items as Array<{ metadata: { name: string }; status: { phase: string } }>).map((n) => n.metadata.name);
    assert.deepEqual(names, ['default', 'kube-node-lease', 'kube-public', 'kube-system']);
    await eventually(async () => ((await rawRequest(server, 'GET', '/api/v1/namespaces/kube-system/serviceaccounts/default')).status === 200 ? true : undefined));
  });

  test('objects in a namespace that does not exist are refused with 404', async () => {
    const r = await rawRequest(server, 'POST', '/api/v1/namespaces/missing/configmaps', jsonBody({ metadata: { name: 'x' } }));
    assert.equal(r.status, 404);
    assert.equal(r.body.message, 'namespaces "missing" not found');
  });

  test('deleting a namespace makes it Terminating, removes everything in it, then removes it', async () => {
    await rawRequest(server, 'POST', '/api/v1/namespaces', jsonBody({ metadata: { name: 'doomed' } }));
    await rawRequest(server, 'POST', '/api/v1/namespaces/doomed/configmaps', jsonBody({ metadata: { name: 'c1' } }));
    await rawRequest(server, 'POST', '/api/v1/namespaces/doomed/configmaps', jsonBody({ metadata: { name: 'held', finalizers: ['example.com/hold'] } }));
    await rawRequest(server, 'POST', '/api/v1/namespaces/doomed/secrets', jsonBody({ metadata: { name: 's1' }, stringData: { a: 'b' } }));
    const del = await rawRequest(server, 'DELETE', '/api/v1/namespaces/doomed');
    assert.equal(del.status, 202);
    assert.equal((del.body.status as { phase: string }).phase, 'Terminating');
    const refused = await rawRequest(server, 'POST', '/api/v1/namespaces/doomed/configmaps', jsonBody({ metadata: { name: 'late' } }));
    assert.equal(refused.status, 403);
    assert.match(String(refused.body.message), /because it is being terminated/);
    await eventually(async () => ((await rawRequest(server, 'GET', '/api/v1/namespaces/doomed/configmaps/c1')).status === 404 ? true : undefined));
    assert.equal((await rawRequest(server, 'GET', '/api/v1/namespaces/doomed/secrets/s1')).status, 404);
    // The finalizer on "held" keeps the namespace until it is released.
    assert.equal((await rawRequest(server, 'GET', '/api/v1/namespaces/doomed')).status, 200);
    await rawRequest(server, 'PATCH', '/api/v1/namespaces/doomed/configmaps/held',
      { body: JSON.stringify({ metadata: { finalizers: null } }), contentType: 'application/merge-patch+json' });
    await eventually(async () => ((await rawRequest(server, 'GET', '/api/v1/namespaces/doomed')).status === 404 ? true : undefined), 3000, 'namespace gone');
  });

  test('PUT /finalize replaces the spec finalizers of a namespace', async () => {
    await rawRequest(server, 'POST', '/api/v1/namespaces', jsonBody({ metadata: { name: 'fin' } }));
    const cur = (await rawRequest(server, 'GET', '/api/v1/namespaces/fin')).body;
    const r = await rawRequest(server, 'PUT', '/api/v1/namespaces/fin/finalize', jsonBody({ ...cur, spec: { finalizers: ['example.com/x'] } }));
    assert.equal(r.status, 200, r.text);
    assert.deepEqual((r.body.spec as { finalizers: string[] }).finalizers, ['example.com/x']);
  });
});

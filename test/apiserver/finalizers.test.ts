import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';
import { jsonBody, rawRequest } from './raw-request.js';

describe('finalizers and deletionTimestamp', () => {
  let server: TestApiServer;
  const cms = '/api/v1/namespaces/default/configmaps';
  before(async () => {
    server = await startTestApiServer();
  });
  after(() => server.close());

  test('deleting an object with finalizers only marks it; removing the last finalizer deletes it', async () => {
    await rawRequest(server, 'POST', cms, jsonBody({ metadata: { name: 'fin', finalizers: ['example.com/a', 'example.com/b'] } }));
    const del = await rawRequest(server, 'DELETE', `${cms}/fin`);
    assert.equal(del.status, 202);
    const marked = (await rawRequest(server, 'GET', `${cms}/fin`)).body.metadata as { deletionTimestamp?: string; finalizers: string[] };
    assert.match(marked.deletionTimestamp ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const addNew = await rawRequest(server, 'PATCH', `${cms}/fin`, { body: JSON.stringify({ metadata: { finalizers: ['example.com/a', 'example.com/b', 'example.com/c'] } }), contentType: 'application/merge-patch+json' });
    assert.equal(addNew.status, 400, 'no new finalizers while deleting');
    await rawRequest(server, 'PATCH', `${cms}/fin`, { body: JSON.stringify({ metadata: { finalizers: ['example.com/b'] } }), contentType: 'application/merge-patch+json' });
    assert.equal((await rawRequest(server, 'GET', `${cms}/fin`)).status, 200);
    const last = await rawRequest(server, 'PATCH', `${cms}/fin`, { body: JSON.stringify({ metadata: { finalizers: [] } }), contentType: 'application/merge-patch+json' });
    assert.equal(last.status, 200);
    assert.equal((await rawRequest(server, 'GET', `${cms}/fin`)).status, 404);
  });

  test('deletionTimestamp cannot be set by a client', async () => {
    const r = await rawRequest(server, 'POST', cms, jsonBody({ metadata: { name: 'sneaky', deletionTimestamp: '2020-01-01T00:00:00Z' } }));
    assert.equal(r.status, 201);
    assert.equal((r.body.metadata as { deletionTimestamp?: string }).deletionTimestamp, undefined);
  });
});

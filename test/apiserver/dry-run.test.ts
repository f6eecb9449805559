import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';
import { jsonBody, rawRequest } from './raw-request.js';

describe('dryRun=All on every write', () => {
  let server: TestApiServer;
  const cms = '/api/v1/namespaces/default/configmaps';
  before(async () => {
    server = await startTestApiServer();
    await rawRequest(server, 'POST', cms, jsonBody({ metadata: { name: 'kept' }, data: { a: '1' } }));
  });
  after(() => server.close());

  const rvNow = async (): Promise<string> => String(((await rawRequest(server, 'GET', cms)).body.metadata as { resourceVersion: string }).resourceVersion);

  test('a dry-run create returns the object it would store and stores nothing', async () => {
    const before = await rvNow();
    const r = await rawRequest(server, 'POST', `${cms}?dryRun=All`, jsonBody({ metadata: { name: 'ghost' }, data: { a: '1' } }));
    assert.equal(r.status, 201);
    assert.equal((r.body.metadata as { name: string }).name, 'ghost');
    assert.ok((r.body.metadata as { uid?: string }).uid);
    assert.equal((await rawRequest(server, 'GET', `${cms}/ghost`)).status, 404);
    assert.equal(await rvNow(), before);
  });

  test('a dry-run create still validates', async () => {
    const r = await rawRequest(server, 'POST', `${cms}?dryRun=All`, jsonBody({ metadata: { name: 'BAD' } }));
    assert.equal(r.status, 422);
  });

  test('dry-run update, patch and server-side apply change nothing', async () => {
    const cur = (await rawRequest(server, 'GET', `${cms}/kept`)).body;
    const put = await rawRequest(server, 'PUT', `${cms}/kept?dryRun=All`, jsonBody({ ...cur, data: { a: '2' } }));
    assert.equal(put.status, 200);
    assert.deepEqual(put.body.data, { a: '2' });
    const patch = await rawRequest(server, 'PATCH', `${cms}/kept?dryRun=All`, { body: '{"data":{"b":"3"}}', contentType: 'application/merge-patch+json' });
    assert.deepEqual(patch.body.data, { a: '1', b: '3' });
    const apply = await rawRequest(server, 'PATCH', `${cms}/kept?dryRun=All&fieldManager=test`,
      { body: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kept\ndata:\n  c: "4"\n', contentType: 'application/apply-patch+yaml' });
    assert.equal(apply.status, 200);
    assert.equal((apply.body.data as Record<string, string>).c, '4');
    const stored = (await rawRequest(server, 'GET', `${cms}/kept`)).body;
    assert.deepEqual(stored.data, { a: '1' });
    assert.equal((stored.metadata as { resourceVersion: string }).resourceVersion, (cur.metadata as { resourceVersion: string }).resourceVersion);
  });

  test('a dry-run server-side apply of a new object creates nothing', async () => {
    const r = await rawRequest(server, 'PATCH', `${cms}/new-one?dryRun=All&fieldManager=test`,
      { body: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: new-one\n', contentType: 'application/apply-patch+yaml' });
    assert.equal(r.status, 201);
    assert.equal((await rawRequest(server, 'GET', `${cms}/new-one`)).status, 404);
  });

  test('a dry-run delete keeps the object', async () => {
    const r = await rawRequest(server, 'DELETE', `${cms}/kept?dryRun=All`);
    assert.equal(r.status, 200);
    assert.equal((await rawRequest(server, 'GET', `${cms}/kept`)).status, 200);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';
import { eventually, jsonBody, rawRequest } from './raw-request.js';

describe('owner-reference garbage collection', () => {
  let server: TestApiServer;
  const cms = '/api/v1/namespaces/default/configmaps';
  before(async () => {
    server = await startTestApiServer();
  });
  after(() => server.close());

  async function family(owner: string, children: string[]): Promise<string> {
    const o = await rawRequest(server, 'POST', cms, jsonBody({ metadata: { name: owner } }));
    const uid = (o.body.metadata as { uid: string }).uid;
    for (const c of children) {
      await rawRequest(server, 'POST', cms, jsonBody({ metadata: { name: c, ownerReferences: [
        { apiVersion: 'v1', kind: 'ConfigMap', name: owner, uid, blockOwnerDeletion: true } ] } }));
    }
    return uid;
  }
  const status = async (name: string): Promise<number> => (await rawRequest(server, 'GET', `${cms}/${name}`)).status;

  test('background deletion removes the owner at once and its dependents soon after', async () => {
    await family('bg-owner', ['bg-a', 'bg-b']);
    const del = await rawRequest(server, 'DELETE', `${cms}/bg-owner`);
    assert.equal(del.status, 200);
    assert.equal(await status('bg-owner'), 404);
    await eventually(async () => ((await status('bg-a')) === 404 && (await status('bg-b')) === 404 ? true : undefined), 3000, 'dependents collected');
  });

  test('orphan deletion keeps the dependents and strips their owner reference', async () => {
    await family('or-owner', ['or-a']);
    await rawRequest(server, 'DELETE', `${cms}/or-owner`, jsonBody({ propagationPolicy: 'Orphan' }));
    await eventually(async () => ((await status('or-owner')) === 404 ? true : undefined), 3000, 'owner gone');
    const child = await rawRequest(server, 'GET', `${cms}/or-a`);
    assert.equal(child.status, 200);
    assert.equal((child.body.metadata as { ownerReferences?: unknown }).ownerReferences, undefined);
  });

  test('foreground deletion keeps the owner (with deletionTimestamp) until its dependents are gone', async () => {
    await family('fg-owner', ['fg-a']);
    await rawRequest(server, 'POST', cms, jsonBody({ metadata: { name: 'fg-block', finalizers: ['example.com/hold'], ownerReferences: [] } }));
    const uid = ((await rawRequest(server, 'GET', `${cms}/fg-owner`)).body.metadata as { uid: string }).uid;
    await rawRequest(server, 'PATCH', `${cms}/fg-block`, { body: JSON.stringify({ metadata: { ownerReferences: [
      { apiVersion: 'v1', kind: 'ConfigMap', name: 'fg-owner', uid, blockOwnerDeletion: true }] } }), contentType: 'application/merge-patch+json' });
    const del = await rawRequest(server, 'DELETE', `${cms}/fg-owner?propagationPolicy=Foreground`);
    assert.equal(del.status, 202);
    assert.ok((del.body.metadata as { deletionTimestamp?: string }).deletionTimestamp);
    await eventually(async () => ((await status('fg-a')) === 404 ? true : undefined), 3000, 'dependent gone');
    assert.equal(await status('fg-owner'), 200, 'owner waits for the held dependent');
    await rawRequest(server, 'PATCH', `${cms}/fg-block`, { body: '{"metadata":{"finalizers":null}}', contentType: 'application/merge-patch+json' });
    await eventually(async () => ((await status('fg-owner')) === 404 ? true : undefined), 3000, 'owner gone');
  });

  test('a dependent with one live owner left keeps living without the dead reference', async () => {
    const a = await family('two-a', []);
    const b = await family('two-b', []);
    await rawRequest(server, 'POST', cms, jsonBody({ metadata: { name: 'shared', ownerReferences: [
      { apiVersion: 'v1', kind: 'ConfigMap', name: 'two-a', uid: a }, { apiVersion: 'v1', kind: 'ConfigMap', name: 'two-b', uid: b }] } }));
    await rawRequest(server, 'DELETE', `${cms}/two-a`);
    await eventually(async () => {
      const r = await rawRequest(server, 'GET', `${cms}/shared`);
      const refs = (r.body.metadata as { ownerReferences?: Array<{ name: string }> }).ownerReferences ?? [];
      return refs.length === 1 && refs[0]?.name === 'two-b' ? true : undefined;
    }, 3000, 'reference dropped');
  });
});

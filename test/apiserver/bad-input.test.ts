import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';
import { jsonBody, rawRequest } from './raw-request.js';

describe('bad input gets a Kubernetes Status, never a crash', () => {
  let server: TestApiServer;
  before(async () => {
    server = await startTestApiServer();
  });
  after(() => server.close());

  const cms = '/api/v1/namespaces/default/configmaps';

  test('malformed JSON is 400 BadRequest', async () => {
    const r = await rawRequest(server, 'POST', cms, { body: '{"metadata": {"name": ', contentType: 'application/json' });
    assert.equal(r.status, 400);
    assert.equal(r.body.kind, 'Status');
    assert.equal(r.body.reason, 'BadRequest');
  });

  test('malformed YAML is 400 and well-formed YAML is accepted as kubectl sends it', async () => {
    const bad = await rawRequest(server, 'POST', cms, { body: 'metadata: {name: [', contentType: 'application/yaml' });
    assert.equal(bad.status, 400);
    const good = await rawRequest(server, 'POST', cms, { body: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-yaml\ndata:\n  k: v\n', contentType: 'application/yaml' });
    assert.equal(good.status, 201);
    assert.deepEqual(good.body.data, { k: 'v' });
  });

  test('a body that is not an object is 400', async () => {
    const r = await rawRequest(server, 'POST', cms, { body: '[1,2]', contentType: 'application/json' });
    assert.equal(r.status, 400);
  });

  test('an unknown resource is 404 NotFound', async () => {
    const r = await rawRequest(server, 'GET', '/apis/nothing.example.com/v1/namespaces/default/gizmos');
    assert.equal(r.status, 404);
    assert.equal(r.body.reason, 'NotFound');
  });

  test('a kind that does not match the endpoint is 400', async () => {
    const r = await rawRequest(server, 'POST', cms, jsonBody({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'x' } }));
    assert.equal(r.status, 400);
    assert.match(String(r.body.message), /does not match the expected kind/);
  });

  test('an invalid DNS-1123 name is 422 Invalid with a cause naming metadata.name', async () => {
    const r = await rawRequest(server, 'POST', cms, jsonBody({ metadata: { name: 'Not_Valid' } }));
    assert.equal(r.status, 422);
    assert.equal(r.body.reason, 'Invalid');
    const causes = (r.body.details as { causes: Array<{ field: string; reason: string }> }).causes;
    assert.equal(causes[0]?.field, 'metadata.name');
    assert.equal(causes[0]?.reason, 'FieldValueInvalid');
    assert.match(String(r.body.message), /^ConfigMap "Not_Valid" is invalid: metadata.name: Invalid value: "Not_Valid": a lowercase RFC 1123 subdomain/);
  });

  test('a namespace name must be a DNS-1123 label (no dots)', async () => {
    const r = await rawRequest(server, 'POST', '/api/v1/namespaces', jsonBody({ metadata: { name: 'a.b' } }));
    assert.equal(r.status, 422);
  });

  test('a missing name is 422 naming metadata.name', async () => {
    const r = await rawRequest(server, 'POST', cms, jsonBody({ metadata: {} }));
    assert.equal(r.status, 422);
    assert.match(String(r.body.message), /metadata.name: Required value/);
  });

  test('invalid label values are 422', async () => {
    const r = await rawRequest(server, 'POST', cms, jsonBody({ metadata: { name: 'lbl', labels: { app: 'has space' } } }));
    assert.equal(r.status, 422);
  });

  test('a body over 3 MiB is 413 and the server keeps serving', async () => {
    const big = JSON.stringify({ metadata: { name: 'big' }, data: { k: 'x'.repeat(3 * 1024 * 1024 + 10) } });
    const r = await rawRequest(server, 'POST', cms, { body: big, contentType: 'application/json' });
    assert.equal(r.status, 413);
    assert.equal(r.body.reason, 'RequestEntityTooLarge');
    const after = await rawRequest(server, 'GET', '/version');
    assert.equal(after.status, 200);
  });

  test('a wrong content type is 415 for create and for patch', async () => {
    const r = await rawRequest(server, 'POST', cms, { body: 'name=x', contentType: 'application/x-www-form-urlencoded' });
    assert.equal(r.status, 415);
    assert.equal(r.body.reason, 'UnsupportedMediaType');
    const p = await rawRequest(server, 'PATCH', `${cms}/from-yaml`, { body: '{}', contentType: 'text/plain' });
    assert.equal(p.status, 415);
  });

  test('a patch of a missing object is 404, a patch body that does not parse is 400', async () => {
    const missing = await rawRequest(server, 'PATCH', `${cms}/nope`, { body: '{}', contentType: 'application/merge-patch+json' });
    assert.equal(missing.status, 404);
    const bad = await rawRequest(server, 'PATCH', `${cms}/from-yaml`, { body: '{nope', contentType: 'application/merge-patch+json' });
    assert.equal(bad.status, 400);
  });

  test('an unsupported verb is 405', async () => {
    const r = await rawRequest(server, 'PUT', cms, jsonBody({ metadata: { name: 'x' } }));
    assert.equal(r.status, 405);
  });

  test('built-in objects missing required fields are 422 naming each field', async () => {
    const r = await rawRequest(server, 'POST', '/apis/apps/v1/namespaces/default/deployments', jsonBody({ metadata: { name: 'nosel' },
      spec: { template: { spec: { containers: [{ image: 'nginx' }] } } } }));
    assert.equal(r.status, 422);
    const fields = (r.body.details as { causes: Array<{ field: string }> }).causes.map((c) => c.field).sort();
    assert.deepEqual(fields, ['spec.selector', 'spec.template.spec.containers[0].name']);
  });

  test('a field of the wrong JSON type is a 400 decode error naming the field', async () => {
    const r = await rawRequest(server, 'POST', '/apis/apps/v1/namespaces/default/deployments', jsonBody({ metadata: { name: 'badtype' },
      spec: { replicas: 'two', selector: { matchLabels: { a: 'b' } }, template: { spec: { containers: [{ name: 'c', image: 'x' }] } } } }));
    assert.equal(r.status, 400);
    assert.match(String(r.body.message), /cannot unmarshal string into Go struct field spec.replicas of type int32/);
    const ok = await rawRequest(server, 'POST', '/apis/apps/v1/namespaces/default/deployments', jsonBody({ metadata: { name: 'quantities' },
      spec: { selector: { matchLabels: { a: 'b' } }, template: { spec: { containers: [{ name: 'c', image: 'x', resources: { limits: { cpu: 1, memory: '64Mi' } } }] } } } }));
    assert.equal(ok.status, 201, 'quantities take numbers');
  });

  test('absurdly nested bodies and malformed URL escapes are refused without harm', async () => {
    const deep = '{"metadata":{"name":"deep"},"data":' + '{"a":'.repeat(5000) + '1' + '}'.repeat(5000) + '}';
    const r = await rawRequest(server, 'POST', cms, { body: deep, contentType: 'application/json' });
    assert.equal(r.status, 400);
    const bad = await rawRequest(server, 'GET', '/api/v1/namespaces/%E0%A4%A/configmaps');
    assert.equal(bad.status, 404);
    assert.equal((await rawRequest(server, 'GET', '/version')).status, 200);
  });

  test('an invalid dryRun value is 400', async () => {
    const r = await rawRequest(server, 'POST', `${cms}?dryRun=Some`, jsonBody({ metadata: { name: 'dr' } }));
    assert.equal(r.status, 400);
  });
});

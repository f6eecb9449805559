import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';
import { jsonBody, rawRequest } from './raw-request.js';

const cm = '/api/v1/namespaces/default/configmaps';
const crds = '/apis/apiextensions.k8s.io/v1/customresourcedefinitions';
const crd = (name: string, group: string, plural: string, extra: Record<string, unknown>) => JSON.stringify({ metadata: { name },
  spec: { group, names: { plural, kind: 'K' }, scope: 'Namespaced', versions: [{ name: 'v1', served: true, storage: true, ...extra }] } });

// [method, path, body, content type, expected status]
const cases: Array<[string, string, string | undefined, string | undefined, number]> = [
  ['PATCH', `${cm}/x`, '[{"op":"bogus","path":"/a"}]', 'application/json-patch+json', 422],
  ['PATCH', `${cm}/x`, '[{"op":"test","path":"/data/a","value":"zz"}]', 'application/json-patch+json', 422],
  ['PATCH', `${cm}/x`, '{"op":"add"}', 'application/json-patch+json', 400],
  ['PATCH', `${cm}/x`, '[1,2]', 'application/merge-patch+json', 400],
  ['PATCH', `${cm}/x`, '"str"', 'application/strategic-merge-patch+json', 400],
  ['PATCH', `${cm}/x?fieldManager=a`, '- a\n- b', 'application/apply-patch+yaml', 400],
  ['PATCH', `${cm}/x?fieldManager=a`, 'kind: Secret\napiVersion: v1\nmetadata: {name: x}', 'application/apply-patch+yaml', 400],
  ['PATCH', `${cm}/x`, '{"metadata":{"name":"other"}}', 'application/merge-patch+json', 400],
  ['PATCH', `${cm}/x`, '{"metadata":{"resourceVersion":"1"}}', 'application/merge-patch+json', 409],
  ['PATCH', `${cm}/x`, '{"data":{"a":5}}', 'application/merge-patch+json', 400],
  ['PATCH', `${cm}/x`, '{"metadata":{"labels":{"a":5}}}', 'application/merge-patch+json', 422],
  ['PUT', `${cm}/x`, '{"metadata":{"name":"x"},"data":"str"}', 'application/json', 400],
  ['PUT', `${cm}/x`, '{"metadata":{"name":"x","finalizers":"a"}}', 'application/json', 422],
  ['PUT', `${cm}/x`, '{"metadata":{"name":"x","ownerReferences":[1]}}', 'application/json', 422],
  ['POST', cm, '{"metadata":{"name":"z","labels":[]}}', 'application/json', 422],
  ['POST', cm, '{"metadata":{"name":5}}', 'application/json', 400],
  ['POST', cm, '{"metadata":{"generateName":5}}', 'application/json', 400],
  ['POST', cm, '{"metadata":null}', 'application/json', 422],
  ['POST', cm, 'null', 'application/json', 400],
  ['POST', cm, '', 'application/json', 400],
  ['POST', cm, '\u0000\u0001', 'application/vnd.kubernetes.protobuf', 400],
  ['POST', cm, 'k8s\u0000\u00ff\u00ff\u00ff', 'application/vnd.kubernetes.protobuf', 400],
  ['DELETE', `${cm}/x`, '{bad', 'application/json', 400],
  ['DELETE', `${cm}/x`, '{"propagationPolicy":"Sideways"}', 'application/json', 400],
  ['DELETE', `${cm}/x`, '{"preconditions":"x"}', 'application/json', 400],
  ['GET', `${cm}?limit=-1`, undefined, undefined, 400],
  ['GET', `${cm}?continue=garbage`, undefined, undefined, 400],
  ['GET', `${cm}?watch=true&resourceVersion=abc`, undefined, undefined, 400],
  ['GET', `${cm}?fieldSelector=%3D%3D`, undefined, undefined, 400],
  ['GET', `${cm}/x/status`, undefined, undefined, 404],
  ['GET', '/apis/apps/v1/namespaces/default/deployments/none/scale', undefined, undefined, 404],
  ['POST', crds, crd('e.f.io', 'f.io', 'e', { schema: { openAPIV3Schema: 'x' } }), 'application/json', 400],
  ['POST', crds, crd('g.h.io', 'h.io', 'g', {}), 'application/json', 422],
  ['POST', crds, crd('as.b.io', 'b.io', 'as', { schema: { openAPIV3Schema: { type: 'object', properties: { spec: { type: 'string', pattern: '((' } } } } }), 'application/json', 201],
  ['POST', '/apis/b.io/v1/namespaces/default/as', '{"metadata":{"name":"q"},"spec":"x"}', 'application/json', 201],
  ['POST', crds, crd('cs.d.io', 'd.io', 'cs', { schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-validations': [{ rule: 'self.nope(' }] } } }), 'application/json', 201],
  ['POST', '/apis/d.io/v1/namespaces/default/cs', '{"metadata":{"name":"q"}}', 'application/json', 201],
];

describe('a catalogue of malformed requests gets 4xx Status answers, never a 5xx or a crash', () => {
  let server: TestApiServer;
  before(async () => {
    server = await startTestApiServer();
    await rawRequest(server, 'POST', cm, jsonBody({ metadata: { name: 'x' }, data: { a: 'b' } }));
  });
  after(() => server.close());

  for (const [method, path, body, contentType, status] of cases) {
    test(`${method} ${path.replace(/^\/apis?\//, '')} ${(body ?? '').slice(0, 50).replace(/[^\x20-\x7e]/g, '?')} → ${status}`, async () => {
      const r = await rawRequest(server, method, path, { body, contentType });
      assert.equal(r.status, status, r.text.slice(0, 300));
      if (status >= 400) assert.equal(r.body.kind, 'Status');
    });
  }

  test('the server still answers afterwards', async () => {
    assert.equal((await rawRequest(server, 'GET', '/version')).status, 200);
  });
});

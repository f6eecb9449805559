import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startTestApiServer } from '../support/api-server.js';
import { jsonBody, rawRequest } from './raw-request.js';

test('fuzz', async () => {
  const s = await startTestApiServer();
  await rawRequest(s, 'POST', '/api/v1/namespaces/default/configmaps', jsonBody({ metadata: { name: 'x' }, data: { a: 'b' } }));
  const cases: Array<[string, string, string | undefined, string | undefined]> = [
    ['PATCH', '/api/v1/namespaces/default/configmaps/x', '[{"op":"bogus","path":"/a"}]', 'application/json-patch+json'],
    ['PATCH', '/api/v1/namespaces/default/configmaps/x', '[{"op":"test","path":"/data/a","value":"zz"}]', 'application/json-patch+json'],
    ['PATCH', '/api/v1/namespaces/default/configmaps/x', '{"op":"add"}', 'application/json-patch+json'],
    ['PATCH', '/api/v1/namespaces/default/configmaps/x', '[1,2]', 'application/merge-patch+json'],
    ['PATCH', '/api/v1/namespaces/default/configmaps/x', '"str"', 'application/strategic-merge-patch+json'],
    ['PATCH', '/api/v1/namespaces/default/configmaps/x?fieldManager=a', '- a\n- b', 'application/apply-patch+yaml'],
    ['PATCH', '/api/v1/namespaces/default/configmaps/x?fieldManager=a', 'kind: Secret\napiVersion: v1\nmetadata: {name: x}', 'application/apply-patch+yaml'],
    ['PATCH', '/api/v1/namespaces/default/configmaps/x?fieldManager=a', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: y}', 'application/apply-patch+yaml'],
    ['PATCH', '/api/v1/namespaces/default/configmaps/x', '{"metadata":{"name":"other"}}', 'application/merge-patch+json'],
    ['PATCH', '/api/v1/namespaces/default/configmaps/x', '{"metadata":{"uid":"zzz"}}', 'application/merge-patch+json'],
    ['PATCH', '/api/v1/namespaces/default/configmaps/x', '{"metadata":{"resourceVersion":"1"}}', 'application/merge-patch+json'],
    ['PATCH', '/api/v1/namespaces/default/configmaps/x', '{"metadata":"str"}', 'application/merge-patch+json'],
    ['PATCH', '/api/v1/namespaces/default/configmaps/x', '{"data":{"a":5}}', 'application/merge-patch+json'],
    ['PATCH', '/api/v1/namespaces/default/configmaps/x', '{"metadata":{"labels":{"a":5}}}', 'application/merge-patch+json'],
    ['PUT', '/api/v1/namespaces/default/configmaps/x', '{"metadata":{"name":"x"},"data":"str"}', 'application/json'],
    ['PUT', '/api/v1/namespaces/default/configmaps/x', '{"metadata":{"name":"x", "finalizers": "a"}}', 'application/json'],
    ['PUT', '/api/v1/namespaces/default/configmaps/x', '{"metadata":{"name":"x", "ownerReferences": [1]}}', 'application/json'],
    ['POST', '/api/v1/namespaces/default/configmaps', '{"metadata":{"name":"z", "labels": []}}', 'application/json'],
    ['POST', '/api/v1/namespaces/default/configmaps', '{"metadata":{"name":5}}', 'application/json'],
    ['POST', '/api/v1/namespaces/default/configmaps', '{"metadata":{"generateName":5}}', 'application/json'],
    ['POST', '/api/v1/namespaces/default/configmaps', '{"metadata":null}', 'application/json'],
    ['POST', '/api/v1/namespaces/default/configmaps', 'null', 'application/json'],
    ['POST', '/api/v1/namespaces/default/configmaps', '', 'application/json'],
    ['POST', '/api/v1/namespaces/default/configmaps', '\u0000\u0001', 'application/vnd.kubernetes.protobuf'],
    ['POST', '/api/v1/namespaces/default/configmaps', 'k8s\u0000\u00ff\u00ff\u00ff', 'application/vnd.kubernetes.protobuf'],
    ['DELETE', '/api/v1/namespaces/default/configmaps/x', '{bad', 'application/json'],
    ['DELETE', '/api/v1/namespaces/default/configmaps/x', '{"propagationPolicy":"Sideways"}', 'application/json'],
    ['DELETE', '/api/v1/namespaces/default/configmaps/x', '{"preconditions":"x"}', 'application/json'],
    ['GET', '/api/v1/namespaces/default/configmaps?limit=-1', undefined, undefined],
    ['GET', '/api/v1/namespaces/default/configmaps?continue=garbage', undefined, undefined],
    ['GET', '/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=abc', undefined, undefined],
    ['GET', '/api/v1/namespaces/default/configmaps?fieldSelector=%3D%3D', undefined, undefined],
    ['GET', '/api/v1/namespaces/default/configmaps/x/status', undefined, undefined],
    ['GET', '/apis/apps/v1/namespaces/default/deployments/none/scale', undefined, undefined],
    ['PUT', '/apis/apps/v1/namespaces/default/deployments/none/scale', '{}', 'application/json'],
    ['POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', '{"metadata":{"name":"a.b"},"spec":{"group":"b","names":{"plural":"a","kind":"A"},"scope":"Namespaced","versions":[{"name":"v1","served":true,"storage":true,"schema":{"openAPIV3Schema":{"type":"object","properties":{"spec":{"type":"string","pattern":"(("}}}}}]}}', 'application/json'],
    ['POST', '/apis/b/v1/namespaces/default/as', '{"metadata":{"name":"q"},"spec":"x"}', 'application/json'],
    ['POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', '{"metadata":{"name":"c.d"},"spec":{"group":"d","names":{"plural":"c","kind":"C"},"scope":"Namespaced","versions":[{"name":"v1","served":true,"storage":true,"schema":{"openAPIV3Schema":{"type":"object","x-kubernetes-validations":[{"rule":"self.nope("}]}}}]}}', 'application/json'],
    ['POST', '/apis/d/v1/namespaces/default/cs', '{"metadata":{"name":"q"}}', 'application/json'],
    ['POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', '{"metadata":{"name":"e.f"},"spec":{"group":"f","names":{"plural":"e","kind":"E"},"scope":"Namespaced","versions":[{"name":"v1","served":true,"storage":true,"schema":{"openAPIV3Schema":"x"}}]}}', 'application/json'],
    ['POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', '{"metadata":{"name":"g.h"},"spec":{"group":"h","names":{"plural":"g","kind":"G"},"scope":"Namespaced","versions":"x"}}', 'application/json'],
    ['POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', '{"metadata":{"name":"i.j"},"spec":{"group":"j","names":"x","scope":"Namespaced"}}', 'application/json'],
  ];
  for (const [method, path, body, contentType] of cases) {
    const r = await rawRequest(s, method, path, { body, contentType });
    console.log(r.status, method, path.slice(0, 60), (body ?? '').slice(0, 40), String(r.body.message ?? '').slice(0, 100));
    assert.ok(r.status < 500, `${method} ${path} ${body}: ${r.status} ${r.text.slice(0, 300)}`);
  }
  assert.equal((await rawRequest(s, 'GET', '/version')).status, 200);
  await s.close();
});

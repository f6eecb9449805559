import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Schema } from '../../../src/api/kubernetes/index.js';
import { applyPatch, type KubeObject, type PatchContentType } from '../../../src/apiserver/merge/index.js';
import { created, fieldsOf, nginxDeployment } from './ssa-fixtures.js';

type Obj = Record<string, unknown>;
const deploySchema = Schema.forBuiltin('apps/v1', 'Deployment');
const live = created(nginxDeployment(3), 'kubectl-create');

function patch(current: KubeObject, contentType: PatchContentType, body: unknown, extra: Partial<Parameters<typeof applyPatch>[0]> = {}): KubeObject {
  return applyPatch({
    current, body: typeof body === 'string' ? body : JSON.stringify(body), contentType, schema: deploySchema,
    fieldManager: 'kubectl-patch', force: false, now: '2026-01-02T00:00:00Z', ...extra,
  });
}

function status(fn: () => unknown): { code: number; message: string } {
  try {
    fn();
  } catch (e) {
    return e as { code: number; message: string };
  }
  return assert.fail('expected an error');
}

test('a merge patch changes replicas and records an Update entry for the patching manager', () => {
  const out = patch(live, 'application/merge-patch+json', { spec: { replicas: 5 } });
  assert.equal((out.spec as Obj).replicas, 5);
  assert.deepEqual(fieldsOf(out, 'kubectl-patch'), { 'f:spec': { 'f:replicas': {} } });
});

test('a merge patch replaces lists: the containers list is what the patch says', () => {
  const out = patch(live, 'application/merge-patch+json', { spec: { template: { spec: { containers: [{ name: 'other', image: 'x' }] } } } });
  const cs = (((out.spec as Obj).template as Obj).spec as Obj).containers;
  assert.deepEqual(cs, [{ name: 'other', image: 'x' }]);
});

test('a strategic merge patch merges containers by name', () => {
  const out = patch(live, 'application/strategic-merge-patch+json', {
    spec: { template: { spec: { containers: [{ name: 'sidecar', image: 'proxy' }] } } },
  });
  const cs = (((out.spec as Obj).template as Obj).spec as Obj).containers as Obj[];
  assert.deepEqual(cs.map((c) => c.name).sort(), ['nginx', 'sidecar']);
});

test('a JSON patch applies its operations; a failing test op is a 422', () => {
  const out = patch(live, 'application/json-patch+json', [{ op: 'replace', path: '/spec/replicas', value: 2 }]);
  assert.equal((out.spec as Obj).replicas, 2);
  const err = status(() => patch(live, 'application/json-patch+json', [{ op: 'test', path: '/spec/replicas', value: 9 }]));
  assert.equal(err.code, 422);
});

test('malformed patch bodies are 400s carrying the parser\'s message', () => {
  const err = status(() => patch(live, 'application/merge-patch+json', '{"spec":'));
  assert.equal(err.code, 400);
  assert.match(err.message, /JSON/);
  assert.equal(status(() => patch(live, 'application/json-patch+json', { op: 'add' })).code, 400);
});

test('strategic merge patch on a custom resource is refused with 415', () => {
  const widget = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w', uid: 'u' }, spec: { a: 1 } };
  const err = status(() => patch(widget, 'application/strategic-merge-patch+json', { spec: { a: 2 } }, { schema: undefined }));
  assert.equal(err.code, 415);
  assert.match(err.message, /accepted media types include: application\/json-patch\+json, application\/merge-patch\+json, application\/apply-patch\+yaml$/);
  const ok = patch(widget, 'application/merge-patch+json', { spec: { a: 2 } }, { schema: undefined });
  assert.deepEqual(ok.spec, { a: 2 });
});

test('a patch that renames the object is a 400 in Kubernetes\' words', () => {
  const err = status(() => patch(live, 'application/merge-patch+json', { metadata: { name: 'renamed' } }));
  assert.equal(err.code, 400);
  assert.equal(err.message, 'the name of the object (renamed) does not match the name on the URL (nginx-deployment)');
});

test('a main-resource patch of a kind with a status subresource keeps the stored status', () => {
  const withStatus = { ...live, status: { replicas: 3 } };
  const out = patch(withStatus, 'application/merge-patch+json', { status: { replicas: 0 }, spec: { paused: true } }, { statusSubresource: true });
  assert.deepEqual(out.status, { replicas: 3 });
  assert.equal((out.spec as Obj).paused, true);
});

test('an unknown patch content type is a 415; force on a non-apply patch is a 422', () => {
  assert.equal(status(() => patch(live, 'application/apply-patch+cbor', '')).code, 415);
  assert.equal(status(() => patch(live, 'application/merge-patch+json', {}, { force: true })).code, 422);
});

test('the documentation\'s "Clearing managedFields" patches strip managedFields entirely', () => {
  const cleared = patch(live, 'application/json-patch+json', [{ op: 'replace', path: '/metadata/managedFields', value: [{}] }]);
  assert.equal((cleared.metadata as Obj).managedFields, undefined);
  const viaMerge = patch(live, 'application/merge-patch+json', { metadata: { managedFields: [{}] } });
  assert.equal((viaMerge.metadata as Obj).managedFields, undefined);
  assert.equal((viaMerge.spec as Obj).replicas, 3);
});

test('a merge patch that turns metadata into a string is a 400, and the object is not touched', () => {
  const err = status(() => patch(live, 'application/merge-patch+json', { metadata: 'str' }));
  assert.equal(err.code, 400);
  assert.match(err.message, /cannot unmarshal string into Go struct field Object\.metadata/);
});

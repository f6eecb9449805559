import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Schema } from '../../../src/api/kubernetes/index.js';
import { applyPatch, isMergeError, type MergeError } from '../../../src/apiserver/merge/index.js';
import { nginxDeployment, ssa } from './ssa-fixtures.js';

const schema = Schema.forBuiltin('v1', 'ConfigMap');

function fail(body: string, extra: Partial<Parameters<typeof applyPatch>[0]> = {}): MergeError {
  try {
    applyPatch({ current: undefined, body, contentType: 'application/apply-patch+yaml', schema, fieldManager: 'm', force: false, now: 'x', ...extra });
  } catch (e) {
    if (isMergeError(e)) return e;
    throw e;
  }
  return assert.fail('expected a MergeError');
}

test('apply without fieldManager is refused with Kubernetes\' PatchOptions message', () => {
  const err = fail('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n', { fieldManager: undefined });
  assert.equal(err.code, 422);
  assert.equal(err.message, 'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch');
  assert.deepEqual(err.causes, [{ type: 'FieldValueRequired', message: 'Required value: is required for apply patch', field: 'fieldManager' }]);
});

test('apply configs must name apiVersion and kind, and match the resource', () => {
  assert.equal(fail('metadata: {name: c}\ndata: {a: b}\n').message, 'invalid object type: /, Kind=');
  const err = fail('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: c}\n', { gvk: { apiVersion: 'v1', kind: 'ConfigMap' } });
  assert.equal(err.code, 400);
  assert.equal(err.message, 'invalid object type: apps/v1, Kind=Deployment');
});

test('apply configs may not carry managedFields', () => {
  const err = fail('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  managedFields: [{manager: x}]\n');
  assert.equal(err.message, 'metadata.managedFields must be nil');
});

test('malformed YAML is a 400 "error decoding YAML"', () => {
  const err = fail('apiVersion: v1\nkind: [ConfigMap\n');
  assert.equal(err.code, 400);
  assert.match(err.message, /^error decoding YAML: /);
  assert.match(fail('- a\n- b\n').message, /^error decoding YAML: .*list/);
});

test('a YAML apply config creates the object, and a name different from the URL\'s is refused', () => {
  const body = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  flag: "yes"\n';
  const out = applyPatch({ current: undefined, body, contentType: 'application/apply-patch+yaml', schema, fieldManager: 'm', force: false, now: 'x', name: 'c', namespace: 'ns' });
  assert.deepEqual(out.data, { flag: 'yes' });
  assert.equal(fail(body, { name: 'other' }).message, 'the name of the object (c) does not match the name on the URL (other)');
});

test('a value of the wrong shape for the schema does not crash the merge', () => {
  const d = nginxDeployment();
  const out = ssa(undefined, { ...d, spec: { ...(d.spec as object), template: 'not-an-object' } }, 'm');
  assert.equal((out.spec as Record<string, unknown>).template, 'not-an-object');
});

test('typed clients\' creationTimestamp: null neither erases the stored timestamp nor leaves nulls behind', () => {
  const live = { ...ssa(undefined, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: '1' } }, 'm') };
  const stored = { ...live, metadata: { ...(live.metadata as object), uid: 'u', creationTimestamp: '2026-01-01T00:00:00Z' } };
  const out = ssa(stored, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', creationTimestamp: null }, data: { a: '2', b: null } }, 'm');
  const meta = out.metadata as Record<string, unknown>;
  assert.equal(meta.creationTimestamp, '2026-01-01T00:00:00Z');
  assert.deepEqual(out.data, { a: '2' });
});

test('a field a built-in kind does not declare is refused as Kubernetes does; custom resources accept any', () => {
  const d = nginxDeployment();
  const err = (() => {
    try {
      ssa(undefined, { ...d, spec: { ...(d.spec as object), replicaz: 3 } }, 'm');
    } catch (e) {
      return e as MergeError;
    }
    return assert.fail('expected a 400');
  })();
  assert.equal(err.code, 400);
  assert.equal(err.message,
    'failed to create typed patch object (default/nginx-deployment; apps/v1, Kind=Deployment): .spec.replicaz: field not declared in schema');
  const widget = ssa(undefined, { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' }, spec: { anything: 1 } }, 'm',
    { schema: Schema.fromOpenAPIV3({ type: 'object', properties: { spec: { type: 'object', properties: {} } } }) });
  assert.deepEqual(widget.spec, { anything: 1 });
});

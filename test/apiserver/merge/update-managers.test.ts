import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Schema } from '../../../src/api/kubernetes/index.js';
import { recordUpdate, type KubeObject } from '../../../src/apiserver/merge/index.js';
import { created, fieldsOf, managedFields, ssa, stored } from './ssa-fixtures.js';

const schema = Schema.forBuiltin('v1', 'ConfigMap');
const cm = (data: Record<string, string>): KubeObject =>
  ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'ns', uid: 'u', resourceVersion: '1' }, data });

test('updates by one manager accumulate in one entry; another manager takes the fields it changes', () => {
  const a = created(cm({ a: '1' }), 'writer', '2026-01-01T00:00:00Z');
  const b = recordUpdate(a, { ...a, data: { a: '1', b: '2' } }, 'writer', '2026-01-02T00:00:00Z', schema);
  assert.deepEqual(fieldsOf(b, 'writer'), { 'f:data': { '.': {}, 'f:a': {}, 'f:b': {} } });
  assert.equal(managedFields(b)[0]!.time, '2026-01-02T00:00:00Z');
  const c = recordUpdate(b, { ...b, data: { a: 'changed', b: '2' } }, 'editor', '2026-01-03T00:00:00Z', schema);
  assert.deepEqual(fieldsOf(c, 'writer'), { 'f:data': { '.': {}, 'f:b': {} } });
  assert.deepEqual(fieldsOf(c, 'editor'), { 'f:data': { 'f:a': {} } });
});

test('an update that changes nothing leaves managedFields and times alone', () => {
  const a = created(cm({ a: '1' }), 'writer', '2026-01-01T00:00:00Z');
  const meta = { ...(a.metadata as Record<string, unknown>), resourceVersion: '9', generation: 3 };
  const b = recordUpdate(a, { ...a, metadata: meta }, 'other', '2026-02-01T00:00:00Z', schema);
  assert.deepEqual(managedFields(b), managedFields(a));
});

test('removing a field takes it away from its owner', () => {
  const a = created(cm({ a: '1', b: '2' }), 'writer');
  const b = recordUpdate(a, { ...a, data: { a: '1' } }, 'cleaner', '2026-01-02T00:00:00Z', schema);
  assert.deepEqual(fieldsOf(b, 'writer'), { 'f:data': { '.': {}, 'f:a': {} } });
  assert.equal(fieldsOf(b, 'cleaner'), undefined);
});

test('writing managedFields [{}] clears them; an empty-looking write without the field keeps the stored ones', () => {
  const a = created(cm({ a: '1' }), 'writer');
  const { managedFields: _mf, ...metaWithout } = a.metadata as Record<string, unknown>;
  const kept = recordUpdate(a, { ...a, metadata: metaWithout }, 'writer', '2026-01-02T00:00:00Z', schema);
  assert.deepEqual(managedFields(kept), managedFields(a));
  const cleared = recordUpdate(a, { ...a, metadata: { ...metaWithout, managedFields: [{}] } }, 'x', '2026-01-02T00:00:00Z', schema);
  assert.equal((cleared.metadata as Record<string, unknown>).managedFields, undefined);
});

test('managedFields written by a client replace the stored ones', () => {
  const a = created(cm({ a: '1' }), 'writer');
  const mine = [{ manager: 'hand', operation: 'Update', apiVersion: 'v1', fieldsType: 'FieldsV1', fieldsV1: { 'f:data': { 'f:a': {} } } }];
  const out = recordUpdate(a, { ...a, metadata: { ...(a.metadata as object), managedFields: mine } }, 'w', 'x', schema);
  assert.deepEqual(managedFields(out), mine);
});

test('more than ten updaters: the oldest merge into ancient-changes', () => {
  let obj = created(cm({ k0: '0' }), 'm0', '2026-01-01T00:00:00Z');
  for (let i = 1; i <= 11; i++) {
    const data = { ...(obj.data as Record<string, string>), [`k${i}`]: String(i) };
    obj = recordUpdate(obj, { ...obj, data }, `m${i}`, `2026-01-01T00:00:${String(i).padStart(2, '0')}Z`, schema);
  }
  const names = managedFields(obj).map((e) => e.manager);
  assert.equal(names.length, 10);
  assert.ok(names.includes('ancient-changes'), names.join(','));
  assert.ok(!names.includes('m0') && !names.includes('m1') && !names.includes('m2'));
  const ancient = fieldsOf(obj, 'ancient-changes') as Record<string, Record<string, unknown>>;
  assert.deepEqual(Object.keys(ancient['f:data']!).sort(), ['.', 'f:k0', 'f:k1', 'f:k2']);
});

test('an existing object without managedFields is not tracked by an update (Kubernetes skips it)', () => {
  const legacy = cm({ a: '1' });
  const out = recordUpdate(legacy, { ...legacy, data: { a: '2' } }, 'w', 'x', schema);
  assert.equal((out.metadata as Record<string, unknown>).managedFields, undefined);
});

test('apply then update: the Update manager owns the changed field, the applier keeps the rest', () => {
  const applied = stored(ssa(undefined, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: '1', b: '2' } }, 'app'));
  const out = recordUpdate(applied, { ...applied, data: { a: '1', b: '3' } }, 'kubectl-edit', '2026-01-05T00:00:00Z', schema);
  assert.deepEqual(managedFields(out).map((e) => [e.manager, e.operation]), [['app', 'Apply'], ['kubectl-edit', 'Update']]);
  assert.deepEqual(fieldsOf(out, 'app'), { 'f:data': { 'f:a': {} } });
});

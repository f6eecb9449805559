import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Schema } from '../../../src/api/kubernetes/index.js';
import { recordUpdate } from '../../../src/apiserver/merge/index.js';
import { fieldsOf, managedFields, ssa, stored } from './ssa-fixtures.js';

const cm = (data: Record<string, string>, labels?: Record<string, string>) => ({
  apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'ns', ...(labels ? { labels } : {}) }, data,
});

test('a field the applier drops from its config is removed from the object', () => {
  const first = stored(ssa(undefined, cm({ a: '1', b: '2' }, { x: '1', y: '2' }), 'app'));
  const out = ssa(first, cm({ a: '1' }, { x: '1' }), 'app');
  assert.deepEqual(out.data, { a: '1' });
  assert.deepEqual((out.metadata as Record<string, unknown>).labels, { x: '1' });
  assert.deepEqual(fieldsOf(out, 'app'), { 'f:data': { 'f:a': {} }, 'f:metadata': { 'f:labels': { 'f:x': {} } } });
});

test('a dropped field that another applier also owns stays, now owned by that applier alone', () => {
  const a = stored(ssa(undefined, cm({ shared: 'v', mine: 'm' }), 'app'));
  const ab = stored(ssa(a, cm({ shared: 'v' }), 'other'));
  const out = ssa(ab, cm({ mine: 'm' }), 'app');
  assert.deepEqual(out.data, { shared: 'v', mine: 'm' });
  assert.deepEqual(fieldsOf(out, 'other'), { 'f:data': { 'f:shared': {} } });
  assert.deepEqual(fieldsOf(out, 'app'), { 'f:data': { 'f:mine': {} } });
});

test('a dropped field an Update manager took over is not removed', () => {
  const a = stored(ssa(undefined, cm({ a: '1', b: '2' }), 'app'));
  const edited = recordUpdate(a, { ...a, data: { a: '1', b: 'edited' } }, 'kubectl-edit', '2026-01-02T00:00:00Z',
    Schema.forBuiltin('v1', 'ConfigMap'));
  const out = ssa(stored(edited), cm({ a: '1' }), 'app');
  assert.deepEqual(out.data, { a: '1', b: 'edited' });
});

test('fields nobody applied (set by an Update) are never pruned by an applier', () => {
  const a = stored(ssa(undefined, cm({ a: '1' }), 'app'));
  const updated = stored(recordUpdate(a, { ...a, data: { a: '1', extra: 'e' } }, 'ctrl', '2026-01-02T00:00:00Z',
    Schema.forBuiltin('v1', 'ConfigMap')));
  const out = ssa(updated, cm({ a: '2' }), 'app');
  assert.deepEqual(out.data, { a: '2', extra: 'e' });
});

test('dropping every label removes the labels map, and the manager keeps only what it still applies', () => {
  const a = stored(ssa(undefined, cm({ a: '1' }, { x: '1' }), 'app'));
  const out = ssa(a, cm({ a: '1' }), 'app');
  assert.equal((out.metadata as Record<string, unknown>).labels, undefined);
  assert.deepEqual(fieldsOf(out, 'app'), { 'f:data': { 'f:a': {} } });
});

test('an applier whose config owns nothing any more loses its entry', () => {
  const a = stored(ssa(undefined, cm({ a: '1' }), 'app'));
  const ab = stored(ssa(a, cm({ a: '1' }), 'other'));
  const out = ssa(ab, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'ns' } }, 'app');
  assert.deepEqual(out.data, { a: '1' });
  assert.deepEqual(managedFields(out).map((e) => e.manager), ['other']);
});

test('an object first written without managedFields attributes its fields to before-first-apply', () => {
  const legacy = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'ns', uid: 'u' }, data: { old: 'x' } };
  const out = ssa(legacy, cm({ a: '1' }), 'app', { now: '2026-03-01T00:00:00Z' });
  assert.deepEqual(out.data, { old: 'x', a: '1' });
  const before = managedFields(out).find((e) => e.manager === 'before-first-apply');
  assert.deepEqual(before?.fieldsV1, { 'f:data': { '.': {}, 'f:old': {} } });
  assert.equal(before?.operation, 'Update');
});

test('applying the same config twice changes nothing and keeps the entry\'s time', () => {
  const a = stored(ssa(undefined, cm({ a: '1' }), 'app', { now: '2026-01-01T00:00:00Z' }));
  const out = ssa(a, cm({ a: '1' }), 'app', { now: '2026-05-05T00:00:00Z' });
  assert.deepEqual(out, a);
});

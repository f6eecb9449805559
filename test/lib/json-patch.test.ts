import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyJsonPatch, isJsonPatchError, parseJsonPointer } from '../../src/lib/json-patch.js';

const doc = () => ({ metadata: { name: 'a', annotations: { 'a/b': 'x', 'm~n': 'y' } }, list: [1, 2, 3] });

test('add sets a field, inserts into a list, and appends with -', () => {
  const out = applyJsonPatch(doc(), [
    { op: 'add', path: '/metadata/labels', value: { k: 'v' } },
    { op: 'add', path: '/list/1', value: 9 },
    { op: 'add', path: '/list/-', value: 7 },
  ]);
  assert.deepEqual(out, { ...doc(), metadata: { ...doc().metadata, labels: { k: 'v' } }, list: [1, 9, 2, 3, 7] });
});

test('pointer escapes ~1 and ~0 address keys holding / and ~', () => {
  assert.deepEqual(parseJsonPointer('/a~1b/m~0n'), ['a/b', 'm~n']);
  const out = applyJsonPatch(doc(), [{ op: 'replace', path: '/metadata/annotations/a~1b', value: 'z' }, { op: 'remove', path: '/metadata/annotations/m~0n' }]);
  assert.deepEqual((out as { metadata: { annotations: unknown } }).metadata.annotations, { 'a/b': 'z' });
});

test('move, copy and test', () => {
  const out = applyJsonPatch(doc(), [
    { op: 'copy', from: '/metadata/name', path: '/metadata/alias' },
    { op: 'move', from: '/list/0', path: '/list/-' },
    { op: 'test', path: '/list', value: [2, 3, 1] },
  ]);
  assert.deepEqual((out as { list: number[] }).list, [2, 3, 1]);
  assert.equal((out as { metadata: { alias: string } }).metadata.alias, 'a');
});

test('errors name the operation index and path', () => {
  assert.throws(() => applyJsonPatch(doc(), [{ op: 'add', path: '/x', value: 1 }, { op: 'replace', path: '/metadata/missing', value: 1 }]),
    (e: unknown) => isJsonPatchError(e) && e.index === 1 && /operation 1 \(replace \/metadata\/missing\)/.test(e.message));
  assert.throws(() => applyJsonPatch(doc(), [{ op: 'remove', path: '/list/5' }]), /operation 0 \(remove \/list\/5\): index 5 is out of range/);
  assert.throws(() => applyJsonPatch(doc(), [{ op: 'test', path: '/metadata/name', value: 'b' }]), /test failed/);
  assert.throws(() => applyJsonPatch(doc(), [{ op: 'add', path: '/a/b/c', value: 1 }]), /missing value at \/a/);
});

test('the input document is not modified', () => {
  const d = doc();
  applyJsonPatch(d, [{ op: 'remove', path: '/list/0' }]);
  assert.deepEqual(d, doc());
});

test('with ensurePathExistsOnAdd, add creates missing parents (kustomize behaviour); plain RFC 6902 fails', () => {
  assert.deepEqual(applyJsonPatch({ a: 1 }, [{ op: 'add', path: '/m/n/0', value: 'x' }], { ensurePathExistsOnAdd: true }), { a: 1, m: { n: ['x'] } });
  assert.throws(() => applyJsonPatch({ a: 1 }, [{ op: 'add', path: '/m/n', value: 'x' }]), /missing value at \/m/);
});

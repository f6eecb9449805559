import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyMergePatch } from '../../src/lib/merge-patch.js';

// RFC 7386, Appendix A: every example, target / patch / result.
const rfcExamples: Array<[unknown, unknown, unknown]> = [
  [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
  [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
  [{ a: 'b' }, { a: null }, {}],
  [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
  [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
  [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
  [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
  [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
  [['a', 'b'], ['c', 'd'], ['c', 'd']],
  [{ a: 'b' }, ['c'], ['c']],
  [{ a: 'foo' }, null, null],
  [{ a: 'foo' }, 'bar', 'bar'],
  [{ e: null }, { a: 1 }, { e: null, a: 1 }],
  [[1, 2], { a: 'b', c: null }, { a: 'b' }],
  [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
];

for (const [i, [target, patch, result]] of rfcExamples.entries()) {
  test(`RFC 7386 appendix example ${i + 1}: ${JSON.stringify(patch)} on ${JSON.stringify(target)}`, () => {
    assert.deepEqual(applyMergePatch(target, patch), result);
  });
}

test('neither the target nor the patch is modified', () => {
  const target = { data: { a: '1', b: '2' } };
  const patch = { data: { a: null, c: '3' } };
  const out = applyMergePatch(target, patch);
  assert.deepEqual(out, { data: { b: '2', c: '3' } });
  assert.deepEqual(target, { data: { a: '1', b: '2' } });
  assert.deepEqual(patch, { data: { a: null, c: '3' } });
});

test('a ConfigMap label can be removed with null while others stay', () => {
  const cm = { metadata: { name: 'c', labels: { keep: 'y', drop: 'n' } }, data: { k: 'v' } };
  assert.deepEqual(applyMergePatch(cm, { metadata: { labels: { drop: null } } }),
    { metadata: { name: 'c', labels: { keep: 'y' } }, data: { k: 'v' } });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Schema } from '../../../src/api/kubernetes/index.js';
import { strategicMerge, isStrategicMergeError, type JsonObject } from '../../../src/lib/strategic-merge/index.js';

// Expected results below were produced by `kubectl patch --local --type strategic` (apimachinery) on this base.
const base = (): JsonObject => ({
  apiVersion: 'apps/v1', kind: 'Deployment',
  metadata: { name: 'web', finalizers: ['b', 'a', 'c'] },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [
          { name: 'a', image: 'a', env: [{ name: 'X', value: '1' }, { name: 'W', value: '2' }], args: ['p', 'q'] },
          { name: 'b', image: 'b' },
          { name: 'c', image: 'c' },
        ],
      },
    },
  },
});
const schema = Schema.forBuiltin('apps/v1', 'Deployment');
const merge = (patch: JsonObject, flavor?: 'apimachinery' | 'kyaml'): JsonObject => strategicMerge(base(), patch, schema, { flavor });
const podSpec = (o: JsonObject): JsonObject => ((o.spec as JsonObject).template as JsonObject).spec as JsonObject;
const names = (o: JsonObject): unknown[] => (podSpec(o).containers as JsonObject[]).map((c) => `${String(c.name)}=${String(c.image)}`);
const patchPod = (spec: JsonObject): JsonObject => ({ spec: { template: { spec } } });

test('containers merge by name and keep the live order for an updated item', () => {
  assert.deepEqual(names(merge(patchPod({ containers: [{ name: 'c', image: 'c2' }] }))), ['a=a', 'b=b', 'c=c2']);
});

test('new list items from the patch come first in apimachinery order, patch items lead in kyaml order', () => {
  const p = patchPod({ containers: [{ name: 'z', image: 'z' }, { name: 'a', image: 'a2' }] });
  assert.deepEqual(names(merge(p)), ['z=z', 'a=a2', 'b=b', 'c=c']);
  assert.deepEqual(names(merge(patchPod({ containers: [{ name: 'c', image: 'c2' }] }), 'kyaml')), ['c=c2', 'a=a', 'b=b']);
});

test('$setElementOrder reorders the merged list', () => {
  const p = patchPod({ '$setElementOrder/containers': [{ name: 'c' }, { name: 'a' }, { name: 'b' }], containers: [{ name: 'a', image: 'a3' }] });
  const out = merge(p);
  assert.deepEqual(names(out), ['c=c', 'a=a3', 'b=b']);
  assert.equal('$setElementOrder/containers' in podSpec(out), false);
});

test('$retainKeys drops fields not listed', () => {
  const out = merge({ spec: { strategy: { $retainKeys: ['type'], type: 'Recreate' } } });
  assert.deepEqual((out.spec as JsonObject).strategy, { type: 'Recreate' });
});

test('$retainKeys rejects a patch field that is not retained', () => {
  assert.throws(() => merge({ spec: { strategy: { $retainKeys: ['type'], rollingUpdate: {} } } }), isStrategicMergeError);
});

test('$deleteFromPrimitiveList removes values from a merging list of scalars', () => {
  const out = merge({ metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] } });
  assert.deepEqual((out.metadata as JsonObject).finalizers, ['b', 'c']);
});

test('merging scalar lists is a union ordered like apimachinery (and patch-first in kyaml)', () => {
  assert.deepEqual((merge({ metadata: { finalizers: ['z', 'a'] } }).metadata as JsonObject).finalizers, ['z', 'b', 'a', 'c']);
  assert.deepEqual((merge({ metadata: { finalizers: ['z', 'a'] } }, 'kyaml').metadata as JsonObject).finalizers, ['z', 'a', 'b', 'c']);
});

test('$patch: delete in a list item removes the item with that key', () => {
  assert.deepEqual(names(merge(patchPod({ containers: [{ name: 'b', $patch: 'delete' }] }))), ['a=a', 'c=c']);
});

test('$patch: replace in a list makes the patch items the whole list', () => {
  assert.deepEqual(names(merge(patchPod({ containers: [{ name: 'q', image: 'q' }, { $patch: 'replace' }] }))), ['q=q']);
});

test('$patch: delete on a map empties it (apimachinery) or removes the field (kyaml)', () => {
  assert.deepEqual((merge({ spec: { strategy: { $patch: 'delete' } } }).spec as JsonObject).strategy, {});
  assert.equal('strategy' in (merge({ spec: { strategy: { $patch: 'delete' } } }, 'kyaml').spec as JsonObject), false);
});

test('$patch: replace on a map replaces it', () => {
  const out = merge({ spec: { selector: { $patch: 'replace', matchLabels: { x: 'y' } } } });
  assert.deepEqual((out.spec as JsonObject).selector, { matchLabels: { x: 'y' } });
});

test('nested merge lists merge; lists without a strategy are replaced', () => {
  const out = merge(patchPod({ containers: [{ name: 'a', env: [{ name: 'Z', value: '3' }], args: ['r'] }] }));
  const a = (podSpec(out).containers as JsonObject[])[0]!;
  assert.deepEqual(a.env, [{ name: 'Z', value: '3' }, { name: 'X', value: '1' }, { name: 'W', value: '2' }]);
  assert.deepEqual(a.args, ['r']);
});

test('null deletes a field', () => {
  const out = merge({ spec: { strategy: null, template: { metadata: null } } });
  assert.equal('strategy' in (out.spec as JsonObject), false);
  assert.equal('metadata' in ((out.spec as JsonObject).template as JsonObject), false);
});

test('without a schema maps merge and lists are replaced', () => {
  const out = strategicMerge({ spec: { items: [{ name: 'a', v: 1 }], m: { a: 1, b: 2 } } },
    { spec: { items: [{ name: 'b', v: 2 }], m: { b: null, c: 3 } } }, undefined);
  assert.deepEqual(out, { spec: { items: [{ name: 'b', v: 2 }], m: { a: 1, c: 3 } } });
});

test('the inputs are not modified', () => {
  const orig = base();
  const patch = patchPod({ containers: [{ name: 'a', image: 'x' }] });
  const before = JSON.stringify([orig, patch]);
  strategicMerge(orig, patch, schema);
  assert.equal(JSON.stringify([orig, patch]), before);
});

test('a list item without its merge key is an error naming the field', () => {
  assert.throws(() => merge(patchPod({ containers: [{ image: 'x' }] })), /containers: .*merge key "name"/);
});

test('an unknown $patch directive is an error', () => {
  assert.throws(() => merge({ spec: { strategy: { $patch: 'explode' } } }), /unknown patch type/);
});

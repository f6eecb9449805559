import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isAlreadyExistsError,
  isConflictError,
  isInvalidError,
  isNoKindMatchError,
  isNotFoundError,
  type KubeObject,
} from '../../../src/cluster/client/index.js';
import { startTestCluster, type TestCluster } from '../../runtime/support/test-cluster.js';
import { installWidgetCrd, widget } from '../../runtime/support/widget-crd.js';

let cluster: TestCluster;
before(async () => {
  cluster = await startTestCluster();
});
after(() => cluster.close());

const cm = (name: string, data: Record<string, string>): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default' }, data });

test('reading a missing object fails with NotFoundError naming it', async () => {
  await assert.rejects(cluster.client.get({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: 'absent' }), (err) => {
    assert.ok(isNotFoundError(err));
    assert.equal(err.code, 404);
    assert.match(err.message, /"absent" not found/);
    return true;
  });
});

test('create, read, replace and delete round-trip plain JSON; a taken name and a stale version are typed errors', async () => {
  const { client } = cluster;
  const created = await client.create(cm('crud', { a: '1' }));
  assert.equal(created.apiVersion, 'v1');
  assert.equal(created.kind, 'ConfigMap');
  assert.ok(created.metadata.uid);
  await assert.rejects(client.create(cm('crud', {})), (err) => isAlreadyExistsError(err));
  const updated = await client.update({ ...created, data: { a: '2' } });
  assert.deepEqual(updated.data, { a: '2' });
  await assert.rejects(client.update({ ...created, data: { a: '3' } }), (err) => isConflictError(err) && err.code === 409);
  await client.delete({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: 'crud' });
  await assert.rejects(client.get({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: 'crud' }), (err) => isNotFoundError(err));
});

test('merge and JSON patches change only what they name; dry-run changes nothing', async () => {
  const { client } = cluster;
  await client.create(cm('patched', { a: '1', b: '2' }));
  const ref = { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: 'patched' };
  const merged = await client.patch(ref, { data: { b: null, c: '3' } });
  assert.deepEqual(merged.data, { a: '1', c: '3' });
  const json = await client.patch(ref, [{ op: 'replace', path: '/data/a', value: 'x' }], { type: 'json' });
  assert.deepEqual(json.data, { a: 'x', c: '3' });
  const dry = await client.patch(ref, { data: { a: 'dry' } }, { dryRun: true });
  assert.equal((dry.data as Record<string, string>).a, 'dry');
  assert.equal(((await client.get(ref)).data as Record<string, string>).a, 'x');
});

test('a kind installed after the client started is found through discovery', async () => {
  const { client } = cluster;
  await assert.rejects(client.resource('test.fluxion.dev/v1', 'Widget'), (err) => isNoKindMatchError(err) && /no matches for kind "Widget"/.test(err.message));
  await installWidgetCrd(client);
  const info = await client.resource('test.fluxion.dev/v1', 'Widget');
  assert.deepEqual({ plural: info.plural, namespaced: info.namespaced, status: info.subresources.includes('status') }, { plural: 'widgets', namespaced: true, status: true });
  const w = await client.create(widget('discovered', 'default', { interval: '1m' }));
  assert.equal(w.metadata.generation, 1);
});

test('an object failing validation is refused with InvalidError naming the field', async () => {
  await assert.rejects(cluster.client.create(widget('bad', 'default', { interval: 'soon' })), (err) => {
    assert.ok(isInvalidError(err));
    assert.deepEqual(err.fields, ['spec.interval']);
    assert.match(err.message, /spec\.interval/);
    return true;
  });
});

test('status writes go through the status subresource and leave spec and generation alone', async () => {
  const { client } = cluster;
  const w = await client.create(widget('status', 'default', { color: 'red' }));
  const ref = { apiVersion: w.apiVersion, kind: w.kind, namespace: 'default', name: 'status' };
  const patched = await client.patchStatus(ref, { status: { observedGeneration: 1 }, spec: { color: 'blue' } });
  assert.deepEqual(patched.status, { observedGeneration: 1 });
  assert.deepEqual(patched.spec, { color: 'red' });
  assert.equal(patched.metadata.generation, 1);
  const replaced = await client.updateStatus({ ...patched, status: { observedGeneration: 7 } });
  assert.deepEqual(replaced.status, { observedGeneration: 7 });
});

test('a list then a watch from its resourceVersion sees every later change in order', async () => {
  const { client } = cluster;
  const list = await client.list({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default' });
  const abort = new AbortController();
  const seen: string[] = [];
  const watching = (async () => {
    for await (const ev of client.watch({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', resourceVersion: list.resourceVersion, signal: abort.signal })) {
      if (ev.type === 'BOOKMARK') continue;
      seen.push(`${ev.type} ${ev.object.metadata.name} ${(ev.object.data as Record<string, string> | undefined)?.v ?? ''}`);
      if (seen.length === 3) abort.abort();
    }
  })();
  await client.create(cm('watched', { v: '1' }));
  await client.patch({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: 'watched' }, { data: { v: '2' } });
  await client.delete({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: 'watched' });
  await watching;
  assert.deepEqual(seen, ['ADDED watched 1', 'MODIFIED watched 2', 'DELETED watched 2']);
});

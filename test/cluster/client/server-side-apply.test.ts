import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { isConflictError, isNotFoundError, type KubeObject } from '../../../src/cluster/client/index.js';
import { startTestCluster, type TestCluster } from '../../runtime/support/test-cluster.js';

let cluster: TestCluster;
before(async () => {
  cluster = await startTestCluster();
});
after(() => cluster.close());

const cm = (data: Record<string, string>): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'ssa', namespace: 'default' }, data });
const ref = { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: 'ssa' };

test('dry-run apply returns the would-be object and stores nothing', async () => {
  const dry = await cluster.client.apply(cm({ a: '1' }), { fieldManager: 'kustomize-controller', dryRun: true });
  assert.deepEqual(dry.data, { a: '1' });
  await assert.rejects(cluster.client.get(ref), (err) => isNotFoundError(err));
});

test('apply creates then updates under its field manager', async () => {
  const created = await cluster.client.apply(cm({ a: '1' }), { fieldManager: 'kustomize-controller' });
  assert.deepEqual(created.data, { a: '1' });
  const managers = (created.metadata.managedFields as Array<{ manager: string; operation: string }> | undefined) ?? [];
  assert.ok(managers.some((m) => m.manager === 'kustomize-controller' && m.operation === 'Apply'), JSON.stringify(managers));
  const updated = await cluster.client.apply(cm({ a: '2' }), { fieldManager: 'kustomize-controller' });
  assert.deepEqual(updated.data, { a: '2' });
});

test('a field owned by another manager conflicts unless the apply is forced', async () => {
  await assert.rejects(cluster.client.apply(cm({ a: 'mine' }), { fieldManager: 'someone-else' }), (err) => {
    assert.ok(isConflictError(err));
    assert.match(err.message, /conflict/i);
    return true;
  });
  const forced = await cluster.client.apply(cm({ a: 'mine' }), { fieldManager: 'someone-else', force: true });
  assert.deepEqual(forced.data, { a: 'mine' });
});

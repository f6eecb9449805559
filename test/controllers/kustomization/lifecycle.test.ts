import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { TestRepo, tempDir } from '../../support/git-repo.js';
import { isReady, readyOf, startFluxEnv, type FluxEnv } from '../../support/flux-env.js';
import { configMapYaml, deploymentYaml, gitSource, ksRef, kustomization, namespaceYaml, requestedAtPatch, srcRef } from './fixtures.js';

let env: FluxEnv;
let root: string;
let repo: TestRepo;
const cmRef = (name: string, namespace = 'life') => ({ apiVersion: 'v1', kind: 'ConfigMap', name, namespace });

async function pushAndSync(files: Record<string, string | null>, message: string): Promise<string> {
  const sha = repo.commit(files, message);
  await env.client.patch(srcRef('life'), requestedAtPatch());
  await env.waitFor(srcRef('life'), (o) => (o.status as { artifact?: { revision?: string } }).artifact?.revision === `main@sha1:${sha}`);
  return `main@sha1:${sha}`;
}

async function reconcileNow(name: string): Promise<void> {
  await env.client.patch(ksRef(name), requestedAtPatch());
}

before(async () => {
  root = tempDir();
  repo = TestRepo.create(root, 'life');
  repo.commit({
    'app/ns.yaml': namespaceYaml('life'),
    'app/a.yaml': configMapYaml('a', 'life', { v: '1' }),
    'app/b.yaml': configMapYaml('b', 'life', { v: '1' }),
    'app/keep.yaml': configMapYaml('keep', 'life', { v: '1' }, { 'kustomize.toolkit.fluxcd.io/prune': 'disabled' }),
  }, 'Initial');
  env = await startFluxEnv();
  await env.apply(gitSource('life', repo.bareDir), kustomization('life', 'life', { path: './app' }));
  await env.waitFor(ksRef('life'), isReady, 30_000);
});
after(async () => {
  await env.close();
  rmSync(root, { recursive: true, force: true });
});

test('a file deleted from Git is pruned, unless marked prune: disabled', async () => {
  const revision = await pushAndSync({ 'app/b.yaml': null, 'app/keep.yaml': null }, 'Remove b and keep');
  await env.waitFor(ksRef('life'), (o) => (o.status as { lastAppliedRevision?: string }).lastAppliedRevision === revision, 20_000);
  await assert.rejects(env.client.get(cmRef('b')), /not found/);
  assert.ok(await env.client.get(cmRef('keep')));
  assert.ok(await env.client.get(cmRef('a')));
});

test('a change made by hand in the cluster is put back on the next reconcile, and the event says which', async () => {
  await env.client.patch(cmRef('a'), { data: { v: 'hand-edited' } });
  await reconcileNow('life');
  await env.waitFor(cmRef('a'), (o) => (o.data as Record<string, string>).v === '1', 20_000);
  const events = await env.client.list({ apiVersion: 'v1', kind: 'Event', namespace: 'flux-system' });
  assert.ok(events.items.some((e) => /ConfigMap\/life\/a configured/.test(String(e.message))), 'no event names the corrected object');
});

test('invalid YAML fails the build naming the file, and nothing of the new revision is applied', async () => {
  await pushAndSync({ 'app/c.yaml': configMapYaml('c', 'life', { v: '1' }), 'app/broken.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: [unclosed\n' }, 'Broken');
  const ks = await env.waitFor(ksRef('life'), (o) => readyOf(o)?.reason === 'BuildFailed', 20_000);
  assert.match(readyOf(ks)!.message, /broken\.yaml/);
  await assert.rejects(env.client.get(cmRef('c')), /not found/);
  assert.ok(await env.client.get(cmRef('a')), 'objects of the last good revision stay');
  await pushAndSync({ 'app/broken.yaml': null, 'app/c.yaml': null }, 'Fix');
  await env.waitFor(ksRef('life'), isReady, 20_000);
});

test('a workload that never becomes ready fails the health check with HealthCheckFailed naming it', async () => {
  // Past its progress deadline the Deployment is Failed (kstatus), which ends the wait before the timeout.
  const stuck = deploymentYaml('stuck', 'life', 'nginx:unready').replace('spec:\n  replicas', 'spec:\n  progressDeadlineSeconds: 2\n  replicas');
  await pushAndSync({ 'slow/deploy.yaml': stuck }, 'Unready workload');
  await env.apply(kustomization('slow', 'life', { path: './slow', wait: true, timeout: '2s' }));
  const ks = await env.waitFor(ksRef('slow'), (o) => readyOf(o)?.reason === 'HealthCheckFailed', 20_000);
  assert.match(readyOf(ks)!.message, /Deployment\/life\/stuck/);
});

test('a suspended Kustomization does nothing until resumed', async () => {
  await env.client.patch(ksRef('life'), { spec: { suspend: true } });
  const revision = await pushAndSync({ 'app/d.yaml': configMapYaml('d', 'life', { v: '1' }) }, 'Add d while suspended');
  await reconcileNow('life');
  await new Promise((r) => setTimeout(r, 1500));
  await assert.rejects(env.client.get(cmRef('d')), /not found/);
  await env.client.patch(ksRef('life'), { spec: { suspend: false } });
  await env.waitFor(ksRef('life'), (o) => (o.status as { lastAppliedRevision?: string }).lastAppliedRevision === revision && isReady(o), 20_000);
  assert.ok(await env.client.get(cmRef('d')));
});

test('deleting a Kustomization with prune deletes its objects, after the Kustomizations that depend on it', async () => {
  await pushAndSync({ 'base/cm.yaml': configMapYaml('base', 'life', { v: '1' }), 'top/cm.yaml': configMapYaml('top', 'life', { v: '1' }) }, 'Base and top');
  await env.apply(kustomization('base', 'life', { path: './base' }), kustomization('top', 'life', { path: './top', dependsOn: [{ name: 'base' }] }));
  await env.waitFor(ksRef('top'), isReady, 20_000);
  await env.client.delete(ksRef('base'));
  await new Promise((r) => setTimeout(r, 1000));
  assert.ok(await env.client.get(cmRef('base')), 'base must wait for top to go');
  const held = await env.client.get(ksRef('base'));
  assert.match(JSON.stringify(held.status), /depend on it still exist: flux-system\/top/);
  await env.client.delete(ksRef('top'));
  for (const name of ['top', 'base']) {
    const deadline = Date.now() + 20_000;
    while (await env.client.get(cmRef(name)).then(() => true, () => false)) {
      if (Date.now() > deadline) assert.fail(`ConfigMap ${name} was not pruned`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});

test('deletionPolicy: Orphan keeps the objects when the Kustomization is deleted, even with prune', async () => {
  await pushAndSync({ 'kept/cm.yaml': configMapYaml('kept', 'life', { v: '1' }) }, 'Kept');
  await env.apply(kustomization('keeper', 'life', { path: './kept', deletionPolicy: 'Orphan' }));
  await env.waitFor(ksRef('keeper'), isReady, 20_000);
  await env.client.delete(ksRef('keeper'));
  const deadline = Date.now() + 20_000;
  while (await env.client.get(ksRef('keeper')).then(() => true, () => false)) {
    if (Date.now() > deadline) assert.fail('the Kustomization was not deleted');
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(await env.client.get(cmRef('kept')), 'the ConfigMap was deleted despite Orphan');
});

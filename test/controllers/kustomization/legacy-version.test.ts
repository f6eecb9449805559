import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { TestRepo, tempDir } from '../../support/git-repo.js';
import { isReady, startFluxEnv, type FluxEnv } from '../../support/flux-env.js';
import { configMapYaml, gitSource, ksRef, namespaceYaml } from './fixtures.js';

let env: FluxEnv;
let root: string;

before(async () => {
  root = tempDir();
  const repo = TestRepo.create(root, 'legacy');
  repo.commit({ 'app/ns.yaml': namespaceYaml('legacy'), 'app/cm.yaml': configMapYaml('settings', 'legacy', { mode: 'default' }) }, 'App');
  env = await startFluxEnv();
  await env.apply(gitSource('legacy', repo.bareDir), {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1beta2', kind: 'Kustomization', metadata: { name: 'legacy', namespace: 'flux-system' },
    spec: {
      interval: '10m', path: './app', prune: true, sourceRef: { kind: 'GitRepository', name: 'legacy' },
      patchesStrategicMerge: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: 'legacy' }, data: { mode: 'patched' } }],
    },
  });
});
after(async () => {
  await env.close();
  rmSync(root, { recursive: true, force: true });
});

test('a v1beta2 Kustomization written as in the seeds is applied with its patchesStrategicMerge', async () => {
  await env.waitFor(ksRef('legacy'), isReady, 20_000);
  const cm = await env.client.get({ apiVersion: 'v1', kind: 'ConfigMap', name: 'settings', namespace: 'legacy' });
  assert.deepEqual(cm.data, { mode: 'patched' });
});

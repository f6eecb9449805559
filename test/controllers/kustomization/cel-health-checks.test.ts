import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { TestRepo, tempDir } from '../../support/git-repo.js';
import { isReady, readyOf, startFluxEnv, type FluxEnv } from '../../support/flux-env.js';
import { gitSource, ksRef, kustomization, namespaceYaml } from './fixtures.js';

let env: FluxEnv;
let root: string;

const crd = {
  apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'databases.example.fluxion.dev' },
  spec: {
    group: 'example.fluxion.dev', scope: 'Namespaced',
    names: { kind: 'Database', plural: 'databases', singular: 'database', listKind: 'DatabaseList' },
    versions: [{
      name: 'v1', served: true, storage: true, subresources: { status: {} },
      schema: { openAPIV3Schema: { type: 'object', properties: { spec: { type: 'object', properties: { size: { type: 'integer' } } }, status: { type: 'object', properties: { phase: { type: 'string' } } } } } },
    }],
  },
};

before(async () => {
  root = tempDir();
  const repo = TestRepo.create(root, 'db');
  repo.commit({
    'db/ns.yaml': namespaceYaml('data'),
    'db/db.yaml': 'apiVersion: example.fluxion.dev/v1\nkind: Database\nmetadata:\n  name: orders\n  namespace: data\nspec:\n  size: 3\n',
  }, 'Database');
  env = await startFluxEnv();
  await env.apply(crd, gitSource('db', repo.bareDir), kustomization('db', 'db', {
    path: './db', timeout: '20s',
    healthChecks: [{ apiVersion: 'example.fluxion.dev/v1', kind: 'Database', name: 'orders', namespace: 'data' }],
    healthCheckExprs: [{ apiVersion: 'example.fluxion.dev/v1', kind: 'Database', current: "has(status.phase) && status.phase == 'Active'", failed: "has(status.phase) && status.phase == 'Failed'" }],
  }));
});
after(async () => {
  await env.close();
  rmSync(root, { recursive: true, force: true });
});

test('a custom resource judged by healthCheckExprs keeps the Kustomization waiting until its expression holds', async () => {
  const ref = { apiVersion: 'example.fluxion.dev/v1', kind: 'Database', name: 'orders', namespace: 'data' };
  await env.waitFor(ref, () => true, 20_000);
  await new Promise((r) => setTimeout(r, 1000));
  assert.notEqual(readyOf(await env.client.get(ksRef('db')))?.status, 'True', 'Ready before the Database is Active');
  await env.client.patchStatus(ref, { status: { phase: 'Active' } });
  const ks = await env.waitFor(ksRef('db'), isReady, 20_000);
  assert.match(readyOf(ks)!.message, /^Applied revision: main@sha1:/);
});

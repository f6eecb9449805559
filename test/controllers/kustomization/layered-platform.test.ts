import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { TestRepo, tempDir } from '../../support/git-repo.js';
import { isReady, readyOf, startFluxEnv, type FluxEnv } from '../../support/flux-env.js';
import { configMapYaml, deploymentYaml, gitSource, ksRef, kustomization, namespaceYaml } from './fixtures.js';

let env: FluxEnv;
let root: string;
let repo: TestRepo;

const crdYaml = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: tenants.platform.example.com
spec:
  group: platform.example.com
  names: {kind: Tenant, plural: tenants, singular: tenant, listKind: TenantList}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                owner: {type: string}
`;

before(async () => {
  root = tempDir();
  repo = TestRepo.create(root, 'platform');
  repo.commit({
    'infrastructure/namespaces/ns.yaml': namespaceYaml('infra') + '---\n' + namespaceYaml('shop'),
    'crds/tenants.yaml': crdYaml,
    'infrastructure/cache/deploy.yaml': deploymentYaml('cache', 'infra', 'redis:${redis_version}'),
    'infrastructure/cache/tenant.yaml': 'apiVersion: platform.example.com/v1\nkind: Tenant\nmetadata:\n  name: shop\n  namespace: infra\nspec:\n  owner: ${owner}\n',
    'apps/shop/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: shop\nresources:\n  - deploy.yaml\nreplicas:\n  - name: web\n    count: 2\n',
    'apps/shop/deploy.yaml': deploymentYaml('web', 'shop', 'nginx:${web_tag:=1.27}'),
  }, 'Layered platform');
  env = await startFluxEnv();
  await env.apply(
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cluster-vars', namespace: 'flux-system' }, data: { redis_version: '7.4', owner: 'team-shop' } },
    gitSource('platform', repo.bareDir),
    kustomization('apps', 'platform', { path: './apps/shop', dependsOn: [{ name: 'infrastructure' }], wait: true, timeout: '30s', postBuild: { substitute: { web_tag: '1.27.3' } } }),
    kustomization('infrastructure', 'platform', {
      path: './infrastructure/cache', dependsOn: [{ name: 'crds' }], timeout: '30s',
      postBuild: { substituteFrom: [{ kind: 'ConfigMap', name: 'cluster-vars' }] },
      healthChecks: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'cache', namespace: 'infra' }, { apiVersion: 'platform.example.com/v1', kind: 'Tenant', name: '*', namespace: '*' }],
    }),
    kustomization('crds', 'platform', { path: './crds', prune: false, dependsOn: [{ name: 'namespaces' }] }),
    kustomization('namespaces', 'platform', { path: './infrastructure/namespaces' }),
  );
});
after(async () => {
  await env.close();
  rmSync(root, { recursive: true, force: true });
});

test('namespaces → crds → infrastructure → apps all become Ready at the same revision', async () => {
  const revision = `main@sha1:${repo.head()}`;
  for (const name of ['namespaces', 'crds', 'infrastructure', 'apps']) {
    const ks = await env.waitFor(ksRef(name), isReady, 60_000);
    assert.equal(readyOf(ks)?.message, `Applied revision: ${revision}`, name);
    assert.equal((ks.status as { lastAppliedRevision?: string }).lastAppliedRevision, revision);
  }
});

test('variables from the cluster-vars ConfigMap and inline defaults are substituted', async () => {
  const cache = await env.client.get({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'cache', namespace: 'infra' });
  assert.equal((cache.spec as { template: { spec: { containers: Array<{ image: string }> } } }).template.spec.containers[0]!.image, 'redis:7.4');
  const web = await env.client.get({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'shop' });
  const spec = web.spec as { replicas: number; template: { spec: { containers: Array<{ image: string }> } } };
  assert.equal(spec.template.spec.containers[0]!.image, 'nginx:1.27.3');
  assert.equal(spec.replicas, 2);
  const tenant = await env.client.get({ apiVersion: 'platform.example.com/v1', kind: 'Tenant', name: 'shop', namespace: 'infra' });
  assert.deepEqual(tenant.spec, { owner: 'team-shop' });
});

test('applied objects carry owner labels and are in the inventory in Flux\'s format', async () => {
  const web = await env.client.get({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'shop' });
  assert.equal(web.metadata.labels?.['kustomize.toolkit.fluxcd.io/name'], 'apps');
  assert.equal(web.metadata.labels?.['kustomize.toolkit.fluxcd.io/namespace'], 'flux-system');
  const ks = await env.client.get(ksRef('apps'));
  assert.deepEqual((ks.status as { inventory: { entries: unknown[] } }).inventory.entries, [{ id: 'shop_web_apps_Deployment', v: 'v1' }]);
});

test('a Kustomization whose dependency does not exist says which one', async () => {
  await env.apply(kustomization('orphan', 'platform', { path: './apps/shop', dependsOn: [{ name: 'nosuch' }] }));
  const ks = await env.waitFor(ksRef('orphan'), (o) => readyOf(o)?.status === 'False');
  assert.equal(readyOf(ks)?.reason, 'DependencyNotReady');
  assert.equal(readyOf(ks)?.message, "dependency 'flux-system/nosuch' not found");
});

test('a missing variable fails the build naming it, and nothing is applied', async () => {
  await env.apply(kustomization('strict', 'platform', { path: './infrastructure/cache', targetNamespace: 'shop', postBuild: { substitute: { owner: 'x' } } }));
  const ks = await env.waitFor(ksRef('strict'), (o) => readyOf(o)?.status === 'False');
  assert.equal(readyOf(ks)?.reason, 'BuildFailed');
  assert.match(readyOf(ks)!.message, /variable not set \(strict mode\): "redis_version"/);
  await assert.rejects(env.client.get({ apiVersion: 'platform.example.com/v1', kind: 'Tenant', name: 'shop', namespace: 'shop' }), /not found/);
});

test('configMap data written in Git is applied verbatim', async () => {
  repo.commit({ 'extra/cm.yaml': configMapYaml('flags', 'shop', { beta: 'on' }) }, 'Flags');
  await env.apply(kustomization('extra', 'platform', { path: './extra' }));
  await env.client.patch({ apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', name: 'platform', namespace: 'flux-system' }, { metadata: { annotations: { 'reconcile.fluxcd.io/requestedAt': 'now-1' } } });
  await env.waitFor(ksRef('extra'), isReady, 30_000);
  const cm = await env.client.get({ apiVersion: 'v1', kind: 'ConfigMap', name: 'flags', namespace: 'shop' });
  assert.deepEqual(cm.data, { beta: 'on' });
});

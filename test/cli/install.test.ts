import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { ClusterClient, type KubeObject } from '../../src/cluster/client/index.js';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';
import { runCli } from './run-cli.js';

let server: TestApiServer;
before(async () => { server = await startTestApiServer(); });
after(() => server.close());

const parse = (text: string): KubeObject[] => parseAllDocuments(text).map((d) => {
  assert.deepEqual(d.errors, [], 'every document is valid YAML');
  return d.toJS() as KubeObject;
});

test('install --export prints valid manifests with the CRDs first, then namespace, RBAC and the controllers', async () => {
  const r = await runCli(['install', '--export']);
  assert.equal(r.code, 0, r.stderr);
  const objects = parse(r.stdout);
  const kinds = objects.map((o) => o.kind);
  const firstOther = kinds.findIndex((k) => k !== 'CustomResourceDefinition');
  assert.ok(firstOther > 0);
  assert.ok(kinds.slice(firstOther).every((k) => k !== 'CustomResourceDefinition'), 'no CRD after the first other kind');
  assert.deepEqual(kinds.slice(firstOther), ['Namespace', 'ServiceAccount', 'ClusterRoleBinding', 'Deployment']);
  const crds = objects.slice(0, firstOther).map((o) => o.metadata.name);
  for (const name of ['gitrepositories.source.toolkit.fluxcd.io', 'kustomizations.kustomize.toolkit.fluxcd.io']) assert.ok(crds.includes(name), name);
  for (const o of objects) assert.ok(o.apiVersion && o.metadata.name, `${o.kind} has apiVersion and name`);
});

test('install applies everything to a cluster and uninstall removes the controllers but keeps the CRDs', async () => {
  const ns = 'fluxion-test';
  const r = await runCli(['install', '-n', ns], server.kubeconfigPath);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /► installing components in fluxion-test namespace\n✔ installed \d+ objects\n/);
  const client = await ClusterClient.fromKubeconfig({ path: server.kubeconfigPath });
  try {
    const deploy = await client.get({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'fluxion-controllers', namespace: ns });
    assert.equal((deploy.spec as { template: { spec: { serviceAccountName: string } } }).template.spec.serviceAccountName, 'fluxion-controllers');
    // A second install is an upgrade in place: no error.
    assert.equal((await runCli(['install', '-n', ns], server.kubeconfigPath)).code, 0);
    const u = await runCli(['uninstall', '-n', ns], server.kubeconfigPath);
    assert.equal(u.code, 0, u.stderr);
    assert.match(u.stderr, /✔ Deployment\/fluxion-controllers deleted/);
    await assert.rejects(client.get({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'fluxion-controllers', namespace: ns }), /not found/i);
    await client.get({ apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', name: 'kustomizations.kustomize.toolkit.fluxcd.io' });
  } finally {
    client.close();
  }
});

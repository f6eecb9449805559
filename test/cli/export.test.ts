import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from '../../src/cluster/client/index.js';
import { isReady } from '../support/flux-env.js';
import { configMapYaml, gitRef, gitRepository, kustomization, ksRef, startCliEnv, type CliEnv } from './cli-env.js';
import { runCli } from './run-cli.js';

let c: CliEnv;
const docs = (text: string): KubeObject[] => parseAllDocuments(text).map((d) => {
  assert.deepEqual(d.errors, []);
  return d.toJS() as KubeObject;
});

before(async () => {
  c = await startCliEnv({ 'app/cm.yaml': configMapYaml('a', 'default', { k: 'v' }) });
  await c.env.apply(
    { ...gitRepository('platform', c.url, { ignore: '/*\n!/app\n' }), metadata: { name: 'platform', namespace: 'flux-system', labels: { team: 'core' } } },
    gitRepository('extra', c.url),
    kustomization('apps', 'platform', { path: './app', dependsOn: [{ name: 'infra' }] }),
  );
  await c.env.waitFor(gitRef('platform'), isReady);
});
after(() => c.close());

test('export source git NAME prints the object as committed: no status, no server fields', async () => {
  await c.env.client.patch(gitRef('platform'), { metadata: { annotations: { 'reconcile.fluxcd.io/requestedAt': 'x' } } });
  const r = await runCli(['export', 'source', 'git', 'platform'], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, `---
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: platform
  namespace: flux-system
  labels:
    team: core
spec:
  interval: 10m0s
  ref:
    branch: main
  url: ${c.url}
  ignore: |
    /*
    !/app
  timeout: 60s
`);
});

test('an exported object applies back unchanged after deletion', async () => {
  const r = await runCli(['export', 'source', 'git', 'platform'], c.kubeconfig);
  const [exported] = docs(r.stdout);
  const before = await c.env.client.get(gitRef('platform'));
  await c.env.client.delete(gitRef('platform'));
  // The source controller removes its finalizer first; wait until the object is really gone.
  while (await c.env.client.get(gitRef('platform')).then(() => true, () => false)) await new Promise((r) => setTimeout(r, 50));
  await c.env.apply(exported!);
  const after = await c.env.client.get(gitRef('platform'));
  assert.deepEqual(after.spec, before.spec);
  assert.deepEqual(after.metadata.labels, before.metadata.labels);
  assert.notEqual(after.metadata.uid, before.metadata.uid);
  await c.env.waitFor(gitRef('platform'), isReady);
});

test('export --all prints every object of the kind, sorted, as a multi-document stream', async () => {
  const r = await runCli(['export', 'source', 'git', '--all'], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  const objects = docs(r.stdout);
  assert.deepEqual(objects.map((o) => o.metadata.name), ['extra', 'platform']);
  for (const o of objects) {
    assert.equal(o.status, undefined);
    assert.deepEqual(Object.keys(o.metadata).filter((k) => !['name', 'namespace', 'labels', 'annotations'].includes(k)), []);
  }
  const ks = docs((await runCli(['export', 'kustomization', '--all'], c.kubeconfig)).stdout);
  assert.deepEqual(ks.map((o) => [o.kind, o.metadata.name, (o.spec as { dependsOn?: unknown }).dependsOn]), [['Kustomization', 'apps', [{ name: 'infra' }]]]);
  await c.env.client.get(ksRef('apps'));
});

test('export without NAME or --all, or of a missing object, fails with nothing on stdout', async () => {
  const none = await runCli(['export', 'source', 'git'], c.kubeconfig);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /give a name or --all/);
  const missing = await runCli(['export', 'kustomization', 'ghost'], c.kubeconfig);
  assert.equal(missing.code, 1);
  assert.equal(missing.stdout, '');
});

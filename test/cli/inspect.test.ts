import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CliEnv } from './cli-env.js';
import { ksRef } from './cli-env.js';
import { headerOf, parseTable } from './parse-table.js';
import { startPlatform } from './platform-fixture.js';
import { runCli, startCli } from './run-cli.js';

let c: CliEnv;
let revision: string;
before(async () => {
  c = await startPlatform();
  revision = `main@sha1:${c.repo.head()}`;
});
after(() => c.close());

test('tree kustomization prints the inventory, nested Kustomizations expanded', async () => {
  const r = await runCli(['tree', 'kustomization', 'root'], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, `Kustomization/flux-system/root
└── Kustomization/flux-system/apps
    ├── Namespace/web
    ├── ConfigMap/web/settings
    ├── Secret/web/creds
    └── Deployment/web/web
`);
});

test('tree --depends-on prints the chain of Kustomizations waited for', async () => {
  await c.env.apply({
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', metadata: { name: 'later', namespace: 'flux-system' },
    spec: { interval: '10m0s', path: './apps', prune: false, suspend: true, sourceRef: { kind: 'GitRepository', name: 'platform' }, dependsOn: [{ name: 'apps' }, { name: 'gone' }] },
  });
  const r = await runCli(['tree', 'ks', 'later', '--depends-on'], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'Kustomization/flux-system/later\n├── Kustomization/flux-system/apps\n└── Kustomization/flux-system/gone (not found)\n');
  await c.env.client.delete(ksRef('later'));
});

test('trace names the Kustomization and the source revision that manage an object', async () => {
  for (const args of [['deployment/web', '-n', 'web'], ['Deployment', 'web', '-n', 'web'], ['web', '--kind', 'deploy', '-n', 'web']]) {
    const r = await runCli(['trace', ...args], c.kubeconfig);
    assert.equal(r.code, 0, r.stderr);
    const [object, ks, source] = r.stdout.split('---\n');
    assert.match(object!, /^Object:\s+Deployment\/web\nNamespace:\s+web\nStatus:\s+Managed by Flux\n$/);
    assert.match(ks!, /^Kustomization:\s+apps\nNamespace:\s+flux-system\nPath:\s+\.\/apps\n/);
    assert.match(ks!, new RegExp(`Revision:\\s+${revision}\\n`));
    assert.match(source!, new RegExp(`^GitRepository:\\s+platform\\nNamespace:\\s+flux-system\\nURL:\\s+${c.url}\\nRef:\\s+Branch: main\\nRevision:\\s+${revision}\\n`));
  }
});

test('trace of an object Flux does not manage says so; of a missing one fails', async () => {
  await c.env.client.apply({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'manual', namespace: 'web' } }, { fieldManager: 'kubectl' });
  const r = await runCli(['trace', 'configmap/manual', '-n', 'web'], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Status:\s+Not managed by Flux\n$/);
  const missing = await runCli(['trace', 'configmap/ghost', '-n', 'web'], c.kubeconfig);
  assert.equal(missing.code, 1);
  assert.equal(missing.stdout, '');
});

test('describe shows spec, conditions, inventory and recent events on one page', async () => {
  const r = await runCli(['describe', 'kustomization', 'apps'], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Name:\s+apps\nNamespace:\s+flux-system\nKind:\s+Kustomization\n/);
  assert.match(r.stdout, new RegExp(`Applied:\\s+${revision}\\n`));
  assert.match(r.stdout, /Spec:\n {2}interval: 10m0s\n {2}path: \.\/apps\n/);
  assert.match(r.stdout, /Conditions:\n {2}TYPE\s+STATUS\s+REASON\s+SINCE\s+MESSAGE\n {2}Ready\s+True\s+ReconciliationSucceeded\s/);
  assert.match(r.stdout, /Inventory \(4\):\n {2}Namespace\/web\n {2}ConfigMap\/web\/settings\n {2}Secret\/web\/creds\n {2}Deployment\/web\/web\n/);
  assert.match(r.stdout, /Events:\n {2}LAST SEEN\s+TYPE\s+REASON\s+MESSAGE\n[^]*Normal\s+ReconciliationSucceeded\s+Applied revision/);
});

test('events lists the Flux objects\' events; --for narrows to one object', async () => {
  const all = await runCli(['events'], c.kubeconfig);
  assert.equal(all.code, 0, all.stderr);
  assert.deepEqual(headerOf(all.stdout), ['LAST', 'SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']);
  assert.match(all.stdout, /Normal\s+NewArtifact\s+GitRepository\/platform\s+stored artifact for commit 'Initial commit'/);
  const one = await runCli(['events', '--for', 'Kustomization/apps'], c.kubeconfig);
  assert.equal(one.code, 0, one.stderr);
  const rows = parseTable(one.stdout.replace('LAST SEEN', 'LAST_SEEN'));
  assert.ok(rows.length >= 2);
  assert.ok(rows.every((row) => row.OBJECT === 'Kustomization/apps'), one.stdout);
  assert.ok(rows.some((row) => row.REASON === 'ReconciliationSucceeded' && row.MESSAGE === `Applied revision: ${revision}`));
  const A = await runCli(['events', '-A', '--for', 'Kustomization/apps'], c.kubeconfig);
  assert.deepEqual(headerOf(A.stdout).slice(0, 2), ['NAMESPACE', 'LAST']);
  const none = await runCli(['events', '--for', 'Kustomization/ghost'], c.kubeconfig);
  assert.equal(none.code, 0);
  assert.equal(none.stdout, '');
  assert.match(none.stderr, /no events found for Kustomization\/ghost/);
  const bad = await runCli(['events', '--for', 'apps'], c.kubeconfig);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /--for apps: expected Kind\/name/);
});

test('events --watch prints new events as they happen', async () => {
  const run = startCli(['events', '--watch', '--for', 'GitRepository/platform'], c.kubeconfig);
  await run.waitForStdout(/NewArtifact/);
  c.repo.commit({ 'apps/extra.txt': 'x' }, 'Touch the repo');
  await c.env.client.patch({ apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', name: 'platform', namespace: 'flux-system' },
    { metadata: { annotations: { 'reconcile.fluxcd.io/requestedAt': 'watch-test' } } });
  await run.waitForStdout(/stored artifact for commit 'Touch the repo'/);
  const r = await run.stop();
  assert.equal(r.code, 0, r.stderr);
});

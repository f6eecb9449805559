import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from '../../src/cluster/client/index.js';
import type { CliEnv } from './cli-env.js';
import { platformFiles, startPlatform } from './platform-fixture.js';
import { runCli } from './run-cli.js';

let c: CliEnv;
let apps: string;
const edit = (file: string, from: string, to: string): void => {
  const path = join(apps, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
};

before(async () => {
  c = await startPlatform();
  apps = join(c.repo.workDir, 'apps');
});
// Each test edits the work tree without committing; put it back as committed.
afterEach(() => {
  execFileSync('git', ['checkout', '--', '.'], { cwd: c.repo.workDir });
  execFileSync('git', ['clean', '-fdq'], { cwd: c.repo.workDir });
});
after(() => c.close());

test('build prints what the controller applies: substitutions from the cluster and Flux\'s owner labels', async () => {
  const r = await runCli(['build', 'kustomization', 'apps', '--path', apps], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  const objects = parseAllDocuments(r.stdout).map((d) => d.toJS() as KubeObject);
  assert.deepEqual(objects.map((o) => `${o.kind}/${o.metadata.name}`), ['Namespace/web', 'ConfigMap/settings', 'Secret/creds', 'Deployment/web']);
  const deploy = objects[3]!;
  assert.equal((deploy.spec as { replicas: number }).replicas, 2);
  assert.deepEqual(objects[1]!.data, { env: 'dev' });
  for (const o of objects) assert.equal(o.metadata.labels?.['kustomize.toolkit.fluxcd.io/name'], 'apps');
  // The same objects are live in the cluster.
  const live = await c.env.client.get({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'web' });
  assert.equal((live.spec as { replicas: number }).replicas, 2);
});

test('build --dry-run with --kustomization-file needs no cluster and leaves substituteFrom variables alone', async () => {
  const file = join(c.repo.workDir, 'clusters', 'apps.yaml');
  const r = await runCli(['build', 'ks', 'apps', '--path', apps, '--kustomization-file', file, '--dry-run'], '/nonexistent/kubeconfig');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /replicas: \$\{replicas\}/);
  const missing = await runCli(['build', 'ks', 'other', '--path', apps, '--kustomization-file', file, '--dry-run']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /apps\.yaml: no Kustomization named other/);
});

test('build of a broken directory fails naming the file, with nothing on stdout', async () => {
  writeFileSync(join(apps, 'kustomization.yaml'), `${platformFiles['apps/kustomization.yaml']}  - missing.yaml\n`);
  const r = await runCli(['build', 'ks', 'apps', '--path', apps], c.kubeconfig);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /missing\.yaml/);
  const noDir = await runCli(['build', 'ks', 'apps', '--path', join(apps, 'nope')], c.kubeconfig);
  assert.match(noDir.stderr, /--path .*nope: no such directory/);
});

test('diff of an unchanged directory prints nothing and exits 0', async () => {
  const r = await runCli(['diff', 'kustomization', 'apps', '--path', apps], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
});

test('diff shows a drifted field with its old and new value and exits 1', async () => {
  edit('web.yaml', 'nginx:1.27', 'nginx:1.28');
  const r = await runCli(['diff', 'ks', 'apps', '--path', apps], c.kubeconfig);
  assert.equal(r.code, 1, r.stderr);
  assert.equal(r.stdout, '► Deployment/web/web drifted\n\nspec.template.spec.containers[0].image\n  - nginx:1.27\n  + nginx:1.28\n\n');
  // Nothing was applied.
  const live = await c.env.client.get({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'web' });
  assert.match(JSON.stringify(live.spec), /nginx:1\.27/);
});

test('diff masks Secret values', async () => {
  edit('creds.yaml', 'hunter2-original', 'hunter3-changed');
  const r = await runCli(['diff', 'ks', 'apps', '--path', apps], c.kubeconfig);
  assert.equal(r.code, 1, r.stderr);
  assert.equal(r.stdout, '► Secret/web/creds drifted\n\ndata.password\n  - *** (before)\n  + *** (after)\n\n');
  for (const secret of ['hunter2', 'hunter3', Buffer.from('hunter2-original').toString('base64'), Buffer.from('hunter3-changed').toString('base64')]) {
    assert.ok(!r.stdout.includes(secret) && !r.stderr.includes(secret), `${secret} never shown`);
  }
});

test('diff lists new objects as created and removed ones as deleted (prune)', async () => {
  writeFileSync(join(apps, 'extra.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n  namespace: web\n');
  writeFileSync(join(apps, 'kustomization.yaml'), platformFiles['apps/kustomization.yaml']!.replace('settings.yaml', 'extra.yaml'));
  const r = await runCli(['diff', 'ks', 'apps', '--path', apps], c.kubeconfig);
  assert.equal(r.code, 1, r.stderr);
  assert.equal(r.stdout, '► ConfigMap/web/extra created\n► ConfigMap/web/settings deleted\n');
});

test('diff of an unknown Kustomization or kind is an error', async () => {
  const r = await runCli(['diff', 'ks', 'ghost', '--path', apps], c.kubeconfig);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /ghost/);
  const kind = await runCli(['diff', 'helmrelease', 'x', '--path', apps], c.kubeconfig);
  assert.match(kind.stderr, /diff: only kustomization is supported/);
});

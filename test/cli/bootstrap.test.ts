import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from '../../src/cluster/client/index.js';
import { isReady, startFluxEnv, type FluxEnv } from '../support/flux-env.js';
import { git, tempDir } from '../support/git-repo.js';
import { gitRef, ksRef } from './cli-env.js';
import { runCli } from './run-cli.js';

let env: FluxEnv;
let root: string;
let bare: string;
before(async () => {
  env = await startFluxEnv();
  root = tempDir('fluxion-bootstrap-test-');
  bare = join(root, 'fleet.git');
  git(root, 'init', '--quiet', '--bare', bare);
});
after(async () => {
  await env.close();
  rmSync(root, { recursive: true, force: true });
});

const show = (path: string): string => git(bare, 'show', `main:${path}`);

test('bootstrap git commits the manifests to an empty repository, applies them and the cluster syncs from Git', async () => {
  const url = `file://${bare}`;
  const r = await runCli(['bootstrap', 'git', `--url=${url}`, '--branch=main', '--path=clusters/dev'], env.server.kubeconfigPath);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^► cloning branch "main" from Git repository "file:\/\/.*fleet\.git"\n✔ cloned repository\n✔ committed component manifests to "main" \("[0-9a-f]{40}"\)\n/);
  assert.match(r.stderr, /✔ Kustomization reconciled successfully\n✔ bootstrap finished\n$/);
  assert.match(git(bare, 'log', '--format=%s', 'main'), /^Add Fluxion sync manifests\nAdd Fluxion v\d+\.\d+\.\d+ component manifests$/);
  const sync = parseAllDocuments(show('clusters/dev/flux-system/gotk-sync.yaml')).map((d) => d.toJS() as KubeObject);
  assert.deepEqual(sync.map((o) => [o.kind, o.spec]), [
    ['GitRepository', { interval: '1m0s', ref: { branch: 'main' }, url }],
    ['Kustomization', { interval: '10m0s', path: './clusters/dev', prune: true, sourceRef: { kind: 'GitRepository', name: 'flux-system' } }],
  ]);
  assert.match(show('clusters/dev/flux-system/kustomization.yaml'), /resources:\n- gotk-components\.yaml\n- gotk-sync\.yaml$/);
  const head = git(bare, 'rev-parse', 'main');
  const source = await env.waitFor(gitRef('flux-system'), isReady);
  assert.equal((source.status as { artifact: { revision: string } }).artifact.revision, `main@sha1:${head}`);
  const ks = await env.waitFor(ksRef('flux-system'), isReady);
  const entries = ((ks.status as { inventory: { entries: Array<{ id: string }> } }).inventory.entries).map((e) => e.id);
  assert.ok(entries.includes('flux-system_fluxion-controllers_apps_Deployment'), entries.join('\n'));
});

test('a second bootstrap finds everything up to date and commits nothing', async () => {
  const before = git(bare, 'rev-parse', 'main');
  const r = await runCli(['bootstrap', 'git', `--url=file://${bare}`, '--path=clusters/dev'], env.server.kubeconfigPath);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /✔ component manifests are up to date\n/);
  assert.match(r.stderr, /✔ sync manifests are up to date\n/);
  assert.doesNotMatch(r.stderr, /pushing/);
  assert.equal(git(bare, 'rev-parse', 'main'), before);
});

test('an unreachable repository fails before anything is applied', async () => {
  const r = await runCli(['bootstrap', 'git', '--url=https://user:s3cret@127.0.0.1:1/fleet.git', '--path=clusters/x', '-n', 'other'], env.server.kubeconfigPath);
  assert.equal(r.code, 1);
  assert.doesNotMatch(r.stderr, /s3cret/);
  await assert.rejects(env.client.get({ apiVersion: 'v1', kind: 'Namespace', name: 'other' }));
});

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { configMapYaml, gitRef, startCliEnv, type CliEnv } from './cli-env.js';
import { runCli } from './run-cli.js';

let c: CliEnv;

before(async () => {
  c = await startCliEnv({ 'app/cm.yaml': configMapYaml('a', 'default', { k: 'v' }) });
});
after(() => c.close());

// What `flux create … --export` prints for the same flags (Flux marshals through JSON: keys sorted).
test('create source git --export prints the GitRepository flux writes', async () => {
  const r = await runCli(['create', 'source', 'git', 'podinfo', '--url=https://github.com/stefanprodan/podinfo', '--branch=master', '--interval=1m', '--export']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, `---
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: podinfo
  namespace: flux-system
spec:
  interval: 1m0s
  ref:
    branch: master
  url: https://github.com/stefanprodan/podinfo
`);
});

test('create source git --export with a semver tag, a secret and ignore paths', async () => {
  const r = await runCli(['create', 'source', 'git', 'app', '-n', 'apps', '--url=ssh://git@github.com/org/app', '--tag-semver=>=1.0.0 <2.0.0', '--secret-ref=app-auth', '--ignore-paths=/*,!/deploy', '--export']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, `---
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: app
  namespace: apps
spec:
  ignore: |-
    /*
    !/deploy
  interval: 1m0s
  ref:
    semver: ">=1.0.0 <2.0.0"
  secretRef:
    name: app-auth
  url: ssh://git@github.com/org/app
`);
});

test('create kustomization --export prints the Kustomization flux writes', async () => {
  const r = await runCli(['create', 'kustomization', 'podinfo', '--source=podinfo', '--path=./kustomize', '--prune', '--interval=10m',
    '--depends-on=infra', '--health-check=Deployment/podinfo.default', '--health-check-timeout=2m', '--target-namespace=default', '--export']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, `---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: podinfo
  namespace: flux-system
spec:
  dependsOn:
    - name: infra
  healthChecks:
    - apiVersion: apps/v1
      kind: Deployment
      name: podinfo
      namespace: default
  interval: 10m0s
  path: ./kustomize
  prune: true
  sourceRef:
    kind: GitRepository
    name: podinfo
  targetNamespace: default
  timeout: 2m0s
`);
});

test('create source git applies the source, waits for it and prints the fetched revision', async () => {
  const r = await runCli(['create', 'source', 'git', 'platform', `--url=${c.url}`, '--branch=main'], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^► applying GitRepository\n✔ GitRepository created\n◎ waiting for GitRepository reconciliation\n✔ GitRepository reconciliation completed\n/);
  assert.match(r.stderr, new RegExp(`✔ fetched revision: main@sha1:${c.repo.head()}\\n$`));
  const obj = await c.env.client.get(gitRef('platform'));
  assert.deepEqual(obj.spec, { interval: '1m0s', ref: { branch: 'main' }, url: c.url, timeout: '60s' });
});

test('create without a required flag fails before touching the cluster', async () => {
  const r = await runCli(['create', 'source', 'git', 'x'], c.kubeconfig);
  assert.notEqual(r.code, 0);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /required option '--url <url>' not specified/);
  const bad = await runCli(['create', 'ks', 'y', '--source=s', '--health-check=nonsense', '--export']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /--health-check nonsense: expected Kind\/name\.namespace/);
});

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ClusterClient } from '../../src/cluster/client/index.js';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';
import { tempDir } from '../support/git-repo.js';
import { runCli, startCli } from './run-cli.js';

let server: TestApiServer;
let dir: string;
before(async () => {
  server = await startTestApiServer();
  dir = tempDir('fluxion-check-');
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

test('check --pre reads the server version and passes on a supported Kubernetes', async () => {
  const r = await runCli(['check', '--pre'], server.kubeconfigPath);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^► checking prerequisites\n✔ Kubernetes \d+\.\d+\.\d+ >=1\.28\.0-0\n✔ prerequisites checks passed\n$/);
});

test('check on a cluster without Flux lists what is missing and exits 1', async () => {
  const r = await runCli(['check'], server.kubeconfigPath);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /✗ source-controller: no Lease flux-system\/source-controller-leader-election/);
  assert.match(r.stderr, /✗ gitrepositories\.source\.toolkit\.fluxcd\.io: not found \(run "fluxion install"\)/);
  assert.match(r.stderr, /✗ check failed\n$/);
  assert.doesNotMatch(r.stderr, /all checks passed/);
});

test('after install and with the controllers running, every check passes', async () => {
  assert.equal((await runCli(['install'], server.kubeconfigPath)).code, 0);
  const controllers = startCli(['controllers', '--leader-elect', '--storage-dir', join(dir, 'artifacts')], server.kubeconfigPath);
  const client = await ClusterClient.fromKubeconfig({ path: server.kubeconfigPath });
  try {
    for (const name of ['source-controller', 'kustomize-controller']) {
      const deadline = Date.now() + 15_000;
      while (!(await client.get({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', name: `${name}-leader-election`, namespace: 'flux-system' }).then(() => true, () => false))) {
        assert.ok(Date.now() < deadline, `${name} took its lease`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const r = await runCli(['check'], server.kubeconfigPath);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /► checking controllers\n✔ source-controller: leader \S+, renewed \d+s ago\n✔ kustomize-controller: leader /);
    assert.match(r.stderr, /✔ kustomizations\.kustomize\.toolkit\.fluxcd\.io\/v1\n/);
    assert.match(r.stderr, /✔ all checks passed\n$/);
  } finally {
    client.close();
    const stopped = await controllers.stop();
    assert.equal(stopped.code, 0, stopped.stderr);
  }
});

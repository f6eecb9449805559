import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ClusterClient } from '../../src/cluster/client/index.js';
import { TestRepo, tempDir } from '../support/git-repo.js';
import { runCli, startCli } from '../cli/run-cli.js';

const root = tempDir('fluxion-up-url-');
after(() => rmSync(root, { recursive: true, force: true }));

test('fluxion up URL --branch --path syncs a Git URL like flux bootstrap leaves it', async () => {
  const repo = TestRepo.create(root, 'fleet');
  repo.checkout('release', true);
  repo.commit({ 'deploy/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-url\n  namespace: default\n' }, 'Add');
  const url = `file://${repo.bareDir}`;
  const up = startCli(['up', url, '--branch', 'release', '--path', './deploy', '--interval', '2m', '--state-dir', join(root, 'state')]);
  try {
    await up.waitForStdout(/press Ctrl-C to stop/, 20_000);
    assert.match(up.output().stdout, new RegExp(`syncing ${url} \\(branch release\\)\\n {2}export KUBECONFIG=${join(root, 'state', 'kubeconfig')}\\n`));
    const client = await ClusterClient.fromKubeconfig({ path: join(root, 'state', 'kubeconfig') });
    try {
      const deadline = Date.now() + 20_000;
      while (!(await client.get({ apiVersion: 'v1', kind: 'ConfigMap', name: 'from-url', namespace: 'default' }).then(() => true, () => false))) {
        assert.ok(Date.now() < deadline, up.output().stdout);
        await new Promise((r) => setTimeout(r, 50));
      }
      const source = await client.get({ apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', name: 'flux-system', namespace: 'flux-system' });
      assert.deepEqual(source.spec, { interval: '2m0s', ref: { branch: 'release' }, url, timeout: '60s' });
      const ks = await client.get({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', name: 'flux-system', namespace: 'flux-system' });
      assert.equal((ks.spec as { path: string }).path, './deploy');
    } finally {
      client.close();
    }
  } finally {
    const r = await up.stop();
    assert.equal(r.code, 0, r.stderr);
  }
});

test('bad up arguments fail before anything starts', async () => {
  const port = await runCli(['up', '--api-port', 'eighty', '--state-dir', join(root, 'bad')]);
  assert.equal(port.code, 1);
  assert.match(port.stderr, /--api-port eighty: expected a port number/);
  const dir = await runCli(['up', join(root, 'no-such-dir'), '--state-dir', join(root, 'bad2')]);
  assert.equal(dir.code, 1);
  assert.match(dir.stderr, /source .*no-such-dir: no such directory/);
});

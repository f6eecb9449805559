import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { ClusterClient, connectionFromKubeConfig, isUnauthorizedError } from '../../../src/cluster/client/index.js';
import { startTestCluster, type TestCluster } from '../../runtime/support/test-cluster.js';

let cluster: TestCluster;
let dir: string;
before(async () => {
  cluster = await startTestCluster();
  dir = mkdtempSync(join(tmpdir(), 'kubeconfig-'));
});
after(async () => {
  await cluster.close();
  rmSync(dir, { recursive: true, force: true });
});

type Doc = { users: Array<{ name: string; user: Record<string, unknown> }>; contexts: Array<{ name: string }>; 'current-context': string };

function variant(name: string, edit: (doc: Doc) => void): string {
  const doc = parse(readFileSync(cluster.kubeconfigPath, 'utf8')) as Doc;
  edit(doc);
  const path = join(dir, name);
  writeFileSync(path, stringify(doc));
  return path;
}

test('a token read from tokenFile authenticates', async () => {
  const path = variant('token-file', (doc) => {
    const user = doc.users[0].user;
    writeFileSync(join(dir, 'token'), `${String(user.token)}\n`);
    delete user.token;
    user.tokenFile = 'token';
  });
  const client = await ClusterClient.fromKubeconfig({ path });
  const list = await client.list({ apiVersion: 'v1', kind: 'Namespace' });
  assert.ok(list.items.some((ns) => ns.metadata.name === 'default'));
  client.close();
});

test('a wrong token is refused with UnauthorizedError', async () => {
  const path = variant('bad-token', (doc) => {
    doc.users[0].user.token = 'not-the-token';
  });
  const client = await ClusterClient.fromKubeconfig({ path });
  await assert.rejects(client.list({ apiVersion: 'v1', kind: 'Namespace' }), (err) => isUnauthorizedError(err) && err.code === 401);
  client.close();
});

test('a context that does not exist is named with the file', async () => {
  await assert.rejects(ClusterClient.fromKubeconfig({ path: cluster.kubeconfigPath, context: 'prod' }), (err: Error) => {
    assert.equal(err.message, `${cluster.kubeconfigPath}: contexts: no context named "prod"`);
    return true;
  });
});

test("a client-node KubeConfig (exec plugins, OIDC) drives the connection when given one", async () => {
  const { KubeConfig } = await import('@kubernetes/client-node');
  const kc = new KubeConfig();
  kc.loadFromFile(cluster.kubeconfigPath);
  const client = new ClusterClient(connectionFromKubeConfig(kc));
  const ns = await client.get({ apiVersion: 'v1', kind: 'Namespace', name: 'default' });
  assert.equal(ns.metadata.name, 'default');
  client.close();
});

test('a user with an exec plugin is handed to client-node, which runs the plugin for a token', async () => {
  const path = variant('exec', (doc) => {
    const token = String(doc.users[0].user.token);
    const script = join(dir, 'credential.sh');
    writeFileSync(script, `#!/bin/sh\necho '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"${token}"}}'\n`, { mode: 0o755 });
    doc.users[0].user = { exec: { apiVersion: 'client.authentication.k8s.io/v1', command: script, interactiveMode: 'Never' } };
  });
  const client = await ClusterClient.fromKubeconfig({ path });
  const list = await client.list({ apiVersion: 'v1', kind: 'Namespace' });
  assert.ok(list.items.length > 0);
  client.close();
});

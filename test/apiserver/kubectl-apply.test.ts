import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { skipUnless } from '../support/tools.js';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';
import { kubectlFor } from './kubectl-runner.js';
import { rawRequest } from './raw-request.js';

const skip = skipUnless('kubectl');

const deployment = (replicas: number, extraEnv = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: web
        image: nginx:1.27
        env:
        - {name: A, value: "1"}${extraEnv}
      - name: sidecar
        image: busybox
`;

describe('kubectl apply against the embedded server', { skip }, () => {
  let server: TestApiServer;
  let kubectl: ReturnType<typeof kubectlFor>;
  before(async () => {
    server = await startTestApiServer();
    kubectl = kubectlFor(server);
  });
  after(() => server.close());

  test('client-side apply creates, then reports unchanged, then configures with a three-way merge', async () => {
    const first = await kubectl.run(['apply', '-f', '-'], deployment(2, '\n        - {name: B, value: "2"}'));
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /deployment.apps\/web created/);
    const again = await kubectl.run(['apply', '-f', '-'], deployment(2, '\n        - {name: B, value: "2"}'));
    assert.match(again.stdout, /deployment.apps\/web unchanged/, again.stderr);
    // Someone else adds a label; the next apply removes env B (dropped from the manifest) but keeps their label.
    const label = await kubectl.run(['label', 'deployment', 'web', 'owner=ops']);
    assert.equal(label.code, 0, label.stderr);
    const third = await kubectl.run(['apply', '-f', '-'], deployment(3));
    assert.match(third.stdout, /deployment.apps\/web configured/, third.stderr);
    const obj = (await rawRequest(server, 'GET', '/apis/apps/v1/namespaces/default/deployments/web')).body as {
      metadata: { labels: Record<string, string>; annotations: Record<string, string> };
      spec: { replicas: number; template: { spec: { containers: Array<{ name: string; env?: Array<{ name: string }> }> } } };
    };
    assert.equal(obj.spec.replicas, 3);
    assert.equal(obj.metadata.labels.owner, 'ops');
    assert.deepEqual(obj.spec.template.spec.containers.map((c) => c.name), ['web', 'sidecar']);
    assert.deepEqual(obj.spec.template.spec.containers[0]?.env?.map((e) => e.name), ['A']);
    assert.ok(obj.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration']);
  });

  test('server-side apply records the field manager, conflicts with another manager, and --force-conflicts takes over', async () => {
    const cm = (v: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ssa\ndata:\n  key: "${v}"\n`;
    const a = await kubectl.run(['apply', '--server-side', '--field-manager=team-a', '-f', '-'], cm('a'));
    assert.equal(a.code, 0, a.stderr);
    assert.match(a.stdout, /configmap\/ssa serverside-applied/);
    const b = await kubectl.run(['apply', '--server-side', '--field-manager=team-b', '-f', '-'], cm('b'));
    assert.notEqual(b.code, 0);
    assert.match(b.stderr, /conflict/i);
    assert.match(b.stderr, /team-a/);
    const forced = await kubectl.run(['apply', '--server-side', '--field-manager=team-b', '--force-conflicts', '-f', '-'], cm('b'));
    assert.equal(forced.code, 0, forced.stderr);
    const obj = (await rawRequest(server, 'GET', '/api/v1/namespaces/default/configmaps/ssa')).body as {
      data: Record<string, string>; metadata: { managedFields: Array<{ manager: string; operation: string }> };
    };
    assert.equal(obj.data.key, 'b');
    assert.ok(obj.metadata.managedFields.some((m) => m.manager === 'team-b' && m.operation === 'Apply'));
  });

  test('kubectl patch works with strategic, merge and json patches', async () => {
    const smp = await kubectl.run(['patch', 'deployment', 'web', '-p', '{"spec":{"template":{"spec":{"containers":[{"name":"web","image":"nginx:1.28"}]}}}}']);
    assert.equal(smp.code, 0, smp.stderr);
    const merge = await kubectl.run(['patch', 'deployment', 'web', '--type=merge', '-p', '{"metadata":{"annotations":{"x":"y"}}}']);
    assert.equal(merge.code, 0, merge.stderr);
    const json = await kubectl.run(['patch', 'deployment', 'web', '--type=json', '-p', '[{"op":"replace","path":"/spec/replicas","value":5}]']);
    assert.equal(json.code, 0, json.stderr);
    const obj = (await rawRequest(server, 'GET', '/apis/apps/v1/namespaces/default/deployments/web')).body as {
      metadata: { annotations: Record<string, string> }; spec: { replicas: number; template: { spec: { containers: Array<{ name: string; image: string }> } } };
    };
    assert.deepEqual(obj.spec.template.spec.containers.map((c) => `${c.name}=${c.image}`), ['web=nginx:1.28', 'sidecar=busybox']);
    assert.equal(obj.metadata.annotations.x, 'y');
    assert.equal(obj.spec.replicas, 5);
  });

  test('kubectl wait sees the simulated Deployment become Available', async () => {
    const r = await kubectl.run(['wait', '--for=condition=Available', 'deployment/web', '--timeout=10s']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /condition met/);
  });

  test('kubectl scale changes replicas through the scale subresource', async () => {
    const r = await kubectl.run(['scale', 'deployment', 'web', '--replicas=1']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /deployment.apps\/web scaled/);
    const obj = (await rawRequest(server, 'GET', '/apis/apps/v1/namespaces/default/deployments/web')).body as { spec: { replicas: number } };
    assert.equal(obj.spec.replicas, 1);
  });

  test('kubectl delete removes objects', async () => {
    const r = await kubectl.run(['delete', 'configmap', 'ssa']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /configmap "ssa" deleted/);
    assert.equal((await rawRequest(server, 'GET', '/api/v1/namespaces/default/configmaps/ssa')).status, 404);
  });

  test('kubectl apply of an invalid object reports the server validation error', async () => {
    const r = await kubectl.run(['apply', '-f', '-'], 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n');
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /Invalid value: "Bad_Name"/);
  });
});

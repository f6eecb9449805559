import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { skipUnless } from '../../support/tools.js';
import { startTestApiServer, type TestApiServer } from '../../support/api-server.js';

const skip = skipUnless('kubectl');
let server: TestApiServer | undefined;

before(async () => {
  if (!skip) server = await startTestApiServer();
});
after(async () => {
  await server?.close();
});

interface Run { code: number; stdout: string; stderr: string }

/** Runs the real kubectl against the embedded server (asynchronously: the server lives in this process). */
function kubectl(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile('kubectl', ['--kubeconfig', server!.kubeconfigPath, ...args], { timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }));
    child.stdin?.end(input ?? '');
  });
}

interface Entry { manager: string; operation: string; apiVersion: string; fieldsType: string; time: string; fieldsV1: unknown }
interface Live { metadata: { labels?: Record<string, string>; managedFields: Entry[] }; spec?: { replicas?: number } }

async function getJson(kind: string, name: string): Promise<Live> {
  const r = await kubectl(['get', kind, name, '-n', 'default', '-o', 'json', '--show-managed-fields']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as Live;
}

/** The value at a path of FieldsV1 keys. */
function dig(v: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>((x, k) => (typeof x === 'object' && x !== null ? (x as Record<string, unknown>)[k] : undefined), v);
}

const deployment = (name: string, replicas: number, label = 'web') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: default
  labels: {team: ${label}}
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
      - name: web
        image: nginx:1
        ports:
        - containerPort: 80
`;

test('kubectl apply --server-side records the managedFields the Kubernetes docs show', { skip }, async () => {
  const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: docs-cm\n  namespace: default\n  labels:\n    test-label: test\ndata:\n  key: some value\n';
  const r = await kubectl(['apply', '--server-side', '-f', '-'], cm);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /configmap\/docs-cm serverside-applied/);
  const got = await getJson('configmap', 'docs-cm');
  assert.equal(got.metadata.managedFields.length, 1);
  const entry = got.metadata.managedFields[0]!;
  assert.deepEqual([entry.manager, entry.operation, entry.apiVersion, entry.fieldsType], ['kubectl', 'Apply', 'v1', 'FieldsV1']);
  assert.deepEqual(entry.fieldsV1, { 'f:data': { 'f:key': {} }, 'f:metadata': { 'f:labels': { 'f:test-label': {} } } });
  assert.match(entry.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
});

test('server-side apply after client-side apply conflicts on .spec.replicas until --force-conflicts', { skip }, async () => {
  assert.equal((await kubectl(['apply', '-f', '-'], deployment('csa', 2))).code, 0);
  const conflict = await kubectl(['apply', '--server-side', '--field-manager=platform', '-f', '-'], deployment('csa', 5));
  assert.notEqual(conflict.code, 0);
  assert.match(conflict.stderr,
    /Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using apps\/v1: \.spec\.replicas/);
  assert.equal((await getJson('deployment', 'csa')).spec?.replicas, 2, 'a refused apply changes nothing');

  const forced = await kubectl(['apply', '--server-side', '--field-manager=platform', '--force-conflicts', '-f', '-'], deployment('csa', 5));
  assert.equal(forced.code, 0, forced.stderr);
  const got = await getJson('deployment', 'csa');
  assert.equal(got.spec?.replicas, 5);
  const platform = got.metadata.managedFields.find((e) => e.manager === 'platform');
  assert.deepEqual(dig(platform?.fieldsV1, 'f:spec', 'f:template', 'f:spec', 'f:containers', 'k:{"name":"web"}', 'f:ports'),
    { 'k:{"containerPort":80,"protocol":"TCP"}': { '.': {}, 'f:containerPort': {} } });
  assert.deepEqual(dig(platform?.fieldsV1, 'f:spec', 'f:replicas'), {});
  const csa = got.metadata.managedFields.find((e) => e.manager === 'kubectl-client-side-apply');
  assert.equal(dig(csa?.fieldsV1, 'f:spec', 'f:replicas'), undefined, 'the client-side applier lost .spec.replicas');
});

test('a label dropped from the applied manifest is removed from the live object', { skip }, async () => {
  const cm = (labels: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: prune-cm\n  namespace: default\n  labels: {${labels}}\ndata: {k: v}\n`;
  assert.equal((await kubectl(['apply', '--server-side', '--field-manager=team', '-f', '-'], cm('a: "1", b: "2"'))).code, 0);
  assert.equal((await kubectl(['apply', '--server-side', '--field-manager=other', '-f', '-'], cm('b: "2"'))).code, 0);
  assert.equal((await kubectl(['apply', '--server-side', '--field-manager=team', '-f', '-'], 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: prune-cm\n  namespace: default\ndata: {k: v}\n')).code, 0);
  const got = await getJson('configmap', 'prune-cm');
  assert.deepEqual(got.metadata.labels, { b: '2' }, 'a is gone, b is still owned by "other"');
});

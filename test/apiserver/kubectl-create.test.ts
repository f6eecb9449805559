import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { skipUnless } from '../support/tools.js';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';
import { kubectlFor } from './kubectl-runner.js';
import { rawRequest } from './raw-request.js';

describe('kubectl create (typed clients send protobuf bodies)', { skip: skipUnless('kubectl') }, () => {
  let server: TestApiServer;
  let kubectl: ReturnType<typeof kubectlFor>;
  before(async () => {
    server = await startTestApiServer();
    kubectl = kubectlFor(server);
  });
  after(() => server.close());

  const body = async (path: string): Promise<Record<string, unknown>> => (await rawRequest(server, 'GET', path)).body;

  test('kubectl create namespace makes an Active namespace', async () => {
    const r = await kubectl.run(['create', 'namespace', 'team-a']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /namespace\/team-a created/);
    assert.equal(((await body('/api/v1/namespaces/team-a')).status as { phase: string }).phase, 'Active');
  });

  test('kubectl create configmap, secret and serviceaccount store their data', async () => {
    assert.equal((await kubectl.run(['create', 'configmap', 'cfg', '-n', 'team-a', '--from-literal=k1=v1', '--from-literal=k2=v2'])).code, 0);
    assert.deepEqual((await body('/api/v1/namespaces/team-a/configmaps/cfg')).data, { k1: 'v1', k2: 'v2' });
    assert.equal((await kubectl.run(['create', 'secret', 'generic', 'sec', '-n', 'team-a', '--from-literal=password=hunter2'])).code, 0);
    const sec = await body('/api/v1/namespaces/team-a/secrets/sec');
    assert.equal(Buffer.from((sec.data as { password: string }).password, 'base64').toString(), 'hunter2');
    assert.equal(sec.type, 'Opaque');
    assert.equal((await kubectl.run(['create', 'serviceaccount', 'robot', '-n', 'team-a'])).code, 0);
    assert.equal((await rawRequest(server, 'GET', '/api/v1/namespaces/team-a/serviceaccounts/robot')).status, 200);
  });

  test('kubectl create deployment, service and job produce the objects kubectl describes', async () => {
    const d = await kubectl.run(['create', 'deployment', 'web', '-n', 'team-a', '--image=nginx:1.27', '--replicas=3', '--port=80']);
    assert.equal(d.code, 0, d.stderr);
    const dep = await body('/apis/apps/v1/namespaces/team-a/deployments/web') as {
      spec: { replicas: number; selector: { matchLabels: Record<string, string> }; template: { spec: { containers: Array<{ name: string; image: string; ports: Array<{ containerPort: number }> }> } } };
    };
    assert.equal(dep.spec.replicas, 3);
    assert.deepEqual(dep.spec.selector.matchLabels, { app: 'web' });
    assert.deepEqual(dep.spec.template.spec.containers.map((c) => [c.name, c.image, c.ports[0]?.containerPort]), [['nginx', 'nginx:1.27', 80]]);
    const s = await kubectl.run(['create', 'service', 'clusterip', 'web', '-n', 'team-a', '--tcp=80:8080']);
    assert.equal(s.code, 0, s.stderr);
    const svc = await body('/api/v1/namespaces/team-a/services/web') as { spec: { ports: Array<{ port: number; targetPort: number; protocol: string }> } };
    assert.deepEqual(svc.spec.ports.map((p) => [p.port, p.targetPort, p.protocol]), [[80, 8080, 'TCP']]);
    const j = await kubectl.run(['create', 'job', 'once', '-n', 'team-a', '--image=busybox', '--', 'echo', 'hi']);
    assert.equal(j.code, 0, j.stderr);
    const job = await body('/apis/batch/v1/namespaces/team-a/jobs/once') as { spec: { template: { spec: { restartPolicy: string; containers: Array<{ command: string[] }> } } } };
    assert.equal(job.spec.template.spec.restartPolicy, 'Never');
    assert.deepEqual(job.spec.template.spec.containers[0]?.command, ['echo', 'hi']);
  });

  test('kubectl create role and rolebinding keep rules and subjects', async () => {
    assert.equal((await kubectl.run(['create', 'role', 'reader', '-n', 'team-a', '--verb=get,list', '--resource=configmaps'])).code, 0);
    const role = await body('/apis/rbac.authorization.k8s.io/v1/namespaces/team-a/roles/reader') as { rules: Array<{ verbs: string[]; resources: string[] }> };
    assert.deepEqual(role.rules[0]?.verbs, ['get', 'list']);
    assert.deepEqual(role.rules[0]?.resources, ['configmaps']);
    assert.equal((await kubectl.run(['create', 'rolebinding', 'bob-reads', '-n', 'team-a', '--role=reader', '--user=bob'])).code, 0);
    const rb = await body('/apis/rbac.authorization.k8s.io/v1/namespaces/team-a/rolebindings/bob-reads') as { subjects: Array<{ kind: string; name: string }>; roleRef: { kind: string; name: string } };
    assert.deepEqual(rb.subjects.map((x) => `${x.kind}/${x.name}`), ['User/bob']);
    assert.deepEqual(rb.roleRef, { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'reader' });
  });

  test('kubectl auth can-i and whoami answer for the token holder, who may do anything', async () => {
    const can = await kubectl.run(['auth', 'can-i', 'delete', 'deployments', '-n', 'team-a']);
    assert.equal(can.stdout.trim(), 'yes', can.stderr);
    const who = await kubectl.run(['auth', 'whoami']);
    assert.match(who.stdout, /fluxion-admin/, who.stderr);
    assert.equal((await rawRequest(server, 'GET', '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews')).status, 405, 'reviews are not stored');
  });

  test('an invalid name from kubectl create is reported by the server', async () => {
    const r = await kubectl.run(['create', 'configmap', 'Bad_Name']);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /is invalid/);
  });
});

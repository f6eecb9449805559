import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { skipUnless } from '../support/tools.js';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';
import { kubectlFor } from './kubectl-runner.js';
import { eventually } from './raw-request.js';

const skip = skipUnless('kubectl');

const manifests = `apiVersion: v1
kind: ConfigMap
metadata: {name: settings, labels: {tier: web}}
data: {a: "1", b: "2"}
---
apiVersion: v1
kind: Secret
metadata: {name: creds}
type: Opaque
stringData: {user: admin}
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: gadgets.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {plural: gadgets, singular: gadget, kind: Gadget}
  versions:
  - name: v1
    served: true
    storage: true
    additionalPrinterColumns:
    - {name: Color, type: string, jsonPath: .spec.color}
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec: {type: object, properties: {color: {type: string}}}
`;

describe('kubectl get, watch and discovery against the embedded server', { skip }, () => {
  let server: TestApiServer;
  let kubectl: ReturnType<typeof kubectlFor>;
  before(async () => {
    server = await startTestApiServer({ kubeletDelayMs: 50 });
    kubectl = kubectlFor(server);
    const r = await kubectl.run(['apply', '-f', '-'], manifests);
    assert.equal(r.code, 0, r.stderr);
    const g = await kubectl.run(['apply', '-f', '-'], 'apiVersion: example.com/v1\nkind: Gadget\nmetadata: {name: g1}\nspec: {color: teal}\n');
    assert.equal(g.code, 0, g.stderr);
  });
  after(() => server.close());

  const header = (out: string): string[] => (out.split('\n')[0] ?? '').trim().split(/\s{2,}/);

  test('built-in kinds print their usual columns', async () => {
    assert.deepEqual(header((await kubectl.run(['get', 'configmaps', '-l', 'tier=web'])).stdout), ['NAME', 'DATA', 'AGE']);
    assert.match((await kubectl.run(['get', 'configmaps', '-l', 'tier=web'])).stdout, /settings\s+2\s+\d+s/);
    assert.deepEqual(header((await kubectl.run(['get', 'secrets'])).stdout), ['NAME', 'TYPE', 'DATA', 'AGE']);
    assert.deepEqual(header((await kubectl.run(['get', 'services'])).stdout), ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE']);
    assert.match((await kubectl.run(['get', 'svc', 'web'])).stdout, /web\s+ClusterIP\s+10\.96\.\d+\.\d+\s+<none>\s+80\/TCP/);
    assert.deepEqual(header((await kubectl.run(['get', 'namespaces'])).stdout), ['NAME', 'STATUS', 'AGE']);
    await eventually(async () => (/web\s+2\/2\s+2\s+2/.test((await kubectl.run(['get', 'deploy', 'web'])).stdout) ? true : undefined), 5000, 'deployment ready');
    assert.deepEqual(header((await kubectl.run(['get', 'deploy'])).stdout), ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE']);
  });

  test('custom resources print their printer columns, found by plural, singular and kind', async () => {
    for (const name of ['gadgets', 'gadget', 'Gadget']) {
      const r = await kubectl.run(['get', name]);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(header(r.stdout), ['NAME', 'COLOR']);
      assert.match(r.stdout, /g1\s+teal/);
    }
  });

  test('-o yaml and -o jsonpath show the stored object', async () => {
    const y = await kubectl.run(['get', 'configmap', 'settings', '-o', 'yaml']);
    assert.match(y.stdout, /^apiVersion: v1\ndata:\n {2}a: "1"\n {2}b: "2"\nkind: ConfigMap/);
    assert.match(y.stdout, /resourceVersion: "\d+"/);
    const j = await kubectl.run(['get', 'secret', 'creds', '-o', 'jsonpath={.data.user}']);
    assert.equal(Buffer.from(j.stdout, 'base64').toString(), 'admin');
  });

  test('api-resources lists built-ins with scope and the CRD', async () => {
    const r = await kubectl.run(['api-resources']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^configmaps\s+cm\s+v1\s+true\s+ConfigMap$/m);
    assert.match(r.stdout, /^namespaces\s+ns\s+v1\s+false\s+Namespace$/m);
    assert.match(r.stdout, /^deployments\s+deploy\s+apps\/v1\s+true\s+Deployment$/m);
    assert.match(r.stdout, /^clusterroles\s+rbac.authorization.k8s.io\/v1\s+false\s+ClusterRole$/m);
    assert.match(r.stdout, /^gadgets\s+example.com\/v1\s+true\s+Gadget$/m);
  });

  test('kubectl get -w prints changes as they happen', async () => {
    const child = kubectl.spawn(['get', 'configmaps', '-w', '--output-watch-events']);
    let out = '';
    child.stdout?.on('data', (d: Buffer) => { out += d.toString(); });
    try {
      await eventually(() => (out.includes('settings') ? true : undefined), 5000, 'initial list');
      const r = await kubectl.run(['create', 'configmap', 'late', '--from-literal=x=1', '--dry-run=client', '-o', 'yaml']);
      await kubectl.run(['apply', '-f', '-'], r.stdout);
      await eventually(() => (/ADDED\s+late/.test(out) ? true : undefined), 5000, 'watch event');
    } finally {
      child.kill();
    }
  });

  test('kubectl explain reads the served OpenAPI v3 schema', async () => {
    const r = await kubectl.run(['explain', 'deployment.spec.replicas']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /replicas\s*<integer>/);
  });
});

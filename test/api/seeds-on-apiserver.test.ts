import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fluxCrds } from '../../src/api/crds.js';
import { ClusterClient, isInvalidError, type KubeObject } from '../../src/cluster/client/index.js';
import { waitForCrdsEstablished } from '../../src/cluster/ssa/index.js';
import { fixture } from '../support/repo-root.js';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';

const dir = fixture('api', 'seeds');
const expectations = JSON.parse(readFileSync(`${dir}/expectations.json`, 'utf8')) as { rejected: Record<string, string[]> };
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

let server: TestApiServer;
let client: ClusterClient;

before(async () => {
  server = await startTestApiServer({ kubeletDelayMs: 50 });
  client = await ClusterClient.fromKubeconfig({ path: server.kubeconfigPath });
  const crds = fluxCrds() as KubeObject[];
  for (const crd of crds) await client.create(crd);
  await waitForCrdsEstablished(client, crds, { timeoutMs: 10_000 });
  client.invalidateDiscovery();
});
after(async () => {
  client.close();
  await server.close();
});

// Every field sent comes back unchanged; the server may add what the CRD defaults (as Kubernetes does).
function assertContains(stored: unknown, sent: unknown, path: string): void {
  if (sent !== null && typeof sent === 'object' && !Array.isArray(sent)) {
    assert.ok(stored !== null && typeof stored === 'object', `${path}: dropped by the API server`);
    for (const [k, v] of Object.entries(sent)) assertContains((stored as Record<string, unknown>)[k], v, `${path}.${k}`);
    return;
  }
  assert.deepEqual(stored, sent, `${path}: changed on the way through the API server`);
}

function assertRoundTrip(sent: Record<string, unknown>, stored: KubeObject, file: string): void {
  for (const [key, value] of Object.entries(sent)) {
    if (key !== 'metadata' && key !== 'status') assertContains(stored[key], value, `${file}: ${key}`);
  }
}

test('every complete seed manifest is accepted by the API server with the generated CRDs, as written', async () => {
  let accepted = 0;
  for (const file of files) {
    if (expectations.rejected[file]) continue;
    const obj = parse(readFileSync(`${dir}/${file}`, 'utf8')) as KubeObject;
    obj.metadata.namespace ??= 'flux-system';
    // Seeds reuse names (several teams have an 'infrastructure'); the file's number keeps them apart.
    obj.metadata.name = `s${file.slice(0, 3)}-${file.slice(4, 10)}-${obj.metadata.name}`;
    await client.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: obj.metadata.namespace } }, { fieldManager: 'test', force: true });
    const stored = await client.create(obj).catch((err: Error) => assert.fail(`${file}: refused: ${err.message}`));
    assertRoundTrip(obj, stored, file);
    accepted++;
  }
  assert.ok(accepted >= 29, `only ${accepted} seed manifests accepted`);
});

test('seed fragments missing required fields are refused naming each field', async () => {
  for (const [file, fields] of Object.entries(expectations.rejected)) {
    const obj = parse(readFileSync(`${dir}/${file}`, 'utf8')) as KubeObject;
    obj.metadata.namespace ??= 'flux-system';
    obj.metadata.name = `${obj.metadata.name}-fragment`;
    const err = await client.create(obj).then(() => undefined, (e: unknown) => e);
    assert.ok(isInvalidError(err), `${file}: expected 422 Invalid, got ${String(err)}`);
    for (const field of fields) assert.ok(err.fields.includes(field) || err.message.includes(field), `${file}: ${field} not named in: ${err.message}`);
  }
});

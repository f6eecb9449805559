import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';
import { eventually, jsonBody, rawRequest } from './raw-request.js';

type Cond = { type: string; status: string; reason?: string };
type Obj = { metadata: { generation: number }; spec: Record<string, unknown>; status?: Record<string, unknown> & { conditions?: Cond[] } };

function deployment(name: string, image: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name },
    spec: { replicas: 2, selector: { matchLabels: { app: name } }, ...extra,
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'c', image }] } } } };
}

describe('simulated kubelet', () => {
  let server: TestApiServer;
  const deps = '/apis/apps/v1/namespaces/default/deployments';
  before(async () => {
    server = await startTestApiServer({ kubeletDelayMs: 50 });
  });
  after(() => server.close());

  const get = async (path: string): Promise<Obj> => (await rawRequest(server, 'GET', path)).body as unknown as Obj;
  const cond = (o: Obj, type: string): Cond | undefined => o.status?.conditions?.find((c) => c.type === type);

  test('a Deployment becomes Available with all replicas ready and observedGeneration caught up', async () => {
    await rawRequest(server, 'POST', deps, jsonBody(deployment('web', 'nginx:1.27')));
    const d = await eventually(async () => {
      const o = await get(`${deps}/web`);
      return cond(o, 'Available')?.status === 'True' ? o : undefined;
    }, 3000, 'Available');
    assert.equal(d.status?.observedGeneration, d.metadata.generation);
    assert.equal(d.status?.readyReplicas, 2);
    assert.equal(d.status?.availableReplicas, 2);
    assert.equal(d.status?.updatedReplicas, 2);
    assert.equal(cond(d, 'Progressing')?.reason, 'NewReplicaSetAvailable');
  });

  test('a spec change is observed again after the delay', async () => {
    const patched = await rawRequest(server, 'PATCH', `${deps}/web`, { body: '{"spec":{"replicas":4}}', contentType: 'application/merge-patch+json' });
    const right = patched.body as unknown as Obj;
    assert.equal(right.metadata.generation, 2);
    assert.equal(right.status?.observedGeneration, 1, 'not observed at once');
    const later = await eventually(async () => {
      const o = await get(`${deps}/web`);
      return o.status?.observedGeneration === 2 ? o : undefined;
    }, 3000, 'observed');
    assert.equal(later.status?.readyReplicas, 4);
  });

  test('the unready image marker keeps a Deployment unavailable until ProgressDeadlineExceeded', async () => {
    await rawRequest(server, 'POST', deps, jsonBody(deployment('stuck', 'nginx:unready', { progressDeadlineSeconds: 1 })));
    const first = await eventually(async () => {
      const o = await get(`${deps}/stuck`);
      return o.status?.observedGeneration === 1 ? o : undefined;
    }, 3000, 'observed');
    assert.equal(cond(first, 'Available')?.status, 'False');
    assert.equal(first.status?.readyReplicas, undefined);
    const late = await eventually(async () => {
      const o = await get(`${deps}/stuck`);
      return cond(o, 'Progressing')?.reason === 'ProgressDeadlineExceeded' ? o : undefined;
    }, 4000, 'deadline');
    assert.equal(cond(late, 'Progressing')?.status, 'False');
  });

  test('a Job completes with succeeded and a Complete condition; the fail marker fails it', async () => {
    const job = (name: string, image: string) => ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name },
      spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image }] } } } });
    await rawRequest(server, 'POST', '/apis/batch/v1/namespaces/default/jobs', jsonBody(job('ok', 'busybox')));
    await rawRequest(server, 'POST', '/apis/batch/v1/namespaces/default/jobs', jsonBody(job('bad', 'busybox:fail')));
    const ok = await eventually(async () => {
      const o = await get('/apis/batch/v1/namespaces/default/jobs/ok');
      return cond(o, 'Complete')?.status === 'True' ? o : undefined;
    }, 3000, 'Complete');
    assert.equal(ok.status?.succeeded, 1);
    await eventually(async () => (cond(await get('/apis/batch/v1/namespaces/default/jobs/bad'), 'Failed')?.status === 'True' ? true : undefined), 3000, 'Failed');
  });

  test('StatefulSets and DaemonSets report ready replicas and matching revisions', async () => {
    const tpl = { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'c', image: 'redis' }] } };
    await rawRequest(server, 'POST', '/apis/apps/v1/namespaces/default/statefulsets', jsonBody({ metadata: { name: 'db' },
      spec: { replicas: 3, serviceName: 'db', selector: { matchLabels: { app: 'x' } }, template: tpl } }));
    await rawRequest(server, 'POST', '/apis/apps/v1/namespaces/default/daemonsets', jsonBody({ metadata: { name: 'agent' },
      spec: { selector: { matchLabels: { app: 'x' } }, template: tpl } }));
    const sts = await eventually(async () => {
      const o = await get('/apis/apps/v1/namespaces/default/statefulsets/db');
      return o.status?.readyReplicas === 3 ? o : undefined;
    }, 3000, 'sts ready');
    assert.equal(sts.status?.currentRevision, sts.status?.updateRevision);
    const ds = await eventually(async () => {
      const o = await get('/apis/apps/v1/namespaces/default/daemonsets/agent');
      return o.status?.numberReady === 1 ? o : undefined;
    }, 3000, 'ds ready');
    assert.equal(ds.status?.desiredNumberScheduled, 1);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CoreV1Api, Watch } from '@kubernetes/client-node';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';
import { eventually, jsonBody, rawRequest } from './raw-request.js';

interface Event { type: string; name: string; rv: string }

describe('list and watch', () => {
  let server: TestApiServer;
  let core: CoreV1Api;
  before(async () => {
    server = await startTestApiServer();
    core = server.kubeConfig.makeApiClient(CoreV1Api);
    const labels: Array<[string, Record<string, string>]> = [
      ['a', { app: 'web', tier: 'front' }], ['b', { app: 'web', tier: 'back' }], ['c', { app: 'db' }], ['d', {}],
    ];
    for (const [name, l] of labels) await core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name, labels: l } } });
  });
  after(() => server.close());

  const names = async (labelSelector?: string, fieldSelector?: string): Promise<string[]> =>
    (await core.listNamespacedConfigMap({ namespace: 'default', labelSelector, fieldSelector })).items.map((i) => i.metadata?.name ?? '').filter((n) => n !== 'kube-root-ca.crt');

  test('label selectors support =, !=, in, notin, exists and !exists', async () => {
    assert.deepEqual(await names('app=web'), ['a', 'b']);
    assert.deepEqual(await names('app==db'), ['c']);
    assert.deepEqual(await names('app!=web'), ['c', 'd']);
    assert.deepEqual(await names('tier in (front,back)'), ['a', 'b']);
    assert.deepEqual(await names('app notin (web)'), ['c', 'd']);
    assert.deepEqual(await names('tier'), ['a', 'b']);
    assert.deepEqual(await names('!tier'), ['c', 'd']);
    assert.deepEqual(await names('app=web,tier=back'), ['b']);
  });

  test('a malformed label selector is a 400', async () => {
    const r = await rawRequest(server, 'GET', '/api/v1/namespaces/default/configmaps?labelSelector=' + encodeURIComponent('a in (b'));
    assert.equal(r.status, 400);
  });

  test('field selectors on metadata.name and metadata.namespace; unknown fields are refused', async () => {
    assert.deepEqual(await names(undefined, 'metadata.name=c'), ['c']);
    assert.deepEqual(await names(undefined, 'metadata.name!=c,metadata.namespace=default'), ['a', 'b', 'd']);
    const r = await rawRequest(server, 'GET', '/api/v1/namespaces/default/configmaps?fieldSelector=spec.foo%3Dbar');
    assert.equal(r.status, 400);
    assert.match(String(r.body.message), /field label not supported: spec.foo/);
  });

  test('events can be selected by involvedObject, reason and type', async () => {
    const ev = (name: string, kind: string, reason: string, type: string) => core.createNamespacedEvent({ namespace: 'default', body: {
      metadata: { name }, involvedObject: { kind, name: 'web', namespace: 'default' }, reason, type, message: 'm',
    } });
    await ev('e1', 'Deployment', 'ScalingReplicaSet', 'Normal');
    await ev('e2', 'Pod', 'BackOff', 'Warning');
    const sel = async (fs: string) => (await core.listNamespacedEvent({ namespace: 'default', fieldSelector: fs })).items.map((e) => e.metadata?.name);
    assert.deepEqual(await sel('involvedObject.kind=Deployment'), ['e1']);
    assert.deepEqual(await sel('type=Warning'), ['e2']);
    assert.deepEqual(await sel('involvedObject.name=web,reason=BackOff'), ['e2']);
  });

  test('limit and continue page through a list in name order', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await core.listNamespacedConfigMap({ namespace: 'default', limit: 2, _continue: token });
      assert.ok(page.items.length <= 2);
      seen.push(...page.items.map((i) => i.metadata?.name ?? ''));
      token = page.metadata?._continue || undefined;
    } while (token);
    assert.deepEqual(seen.filter((n) => n.length === 1), ['a', 'b', 'c', 'd']);
  });

  test('a watch from a resourceVersion sees later changes in order, with selectors applied', async () => {
    const list = await core.listNamespacedConfigMap({ namespace: 'default' });
    const from = list.metadata?.resourceVersion ?? '';
    const events: Event[] = [];
    const watch = new Watch(server.kubeConfig);
    const ctl = await watch.watch('/api/v1/namespaces/default/configmaps', { resourceVersion: from, labelSelector: 'app=web' },
      (type, obj: { metadata: { name: string; resourceVersion: string } }) => events.push({ type, name: obj.metadata.name, rv: obj.metadata.resourceVersion }),
      () => undefined);
    await rawRequest(server, 'PATCH', '/api/v1/namespaces/default/configmaps/c', { body: JSON.stringify({ metadata: { labels: { app: 'web' } } }), contentType: 'application/merge-patch+json' });
    await rawRequest(server, 'PATCH', '/api/v1/namespaces/default/configmaps/b', { body: JSON.stringify({ metadata: { labels: { app: 'none' } } }), contentType: 'application/merge-patch+json' });
    await core.deleteNamespacedConfigMap({ name: 'c', namespace: 'default' });
    await eventually(() => (events.length >= 3 ? true : undefined), 3000, 'watch events');
    ctl.abort();
    const summary = events.map((e) => `${e.type} ${e.name}`);
    assert.deepEqual(summary.filter((s) => !s.endsWith(' a')), ['ADDED c', 'DELETED b', 'DELETED c']);
    const rvs = events.map((e) => Number(e.rv));
    assert.deepEqual(rvs, [...rvs].sort((x, y) => x - y));
  });

  test('a watch from a compacted resourceVersion gets a 410 Expired error event', async () => {
    const small = await startTestApiServer({ watchHistory: 5 });
    try {
      const smallCore = small.kubeConfig.makeApiClient(CoreV1Api);
      const first = await smallCore.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'x0' } } });
      for (let i = 1; i <= 10; i++) await smallCore.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: `x${i}` } } });
      const events: Array<{ type: string; obj: { code?: number; reason?: string; message?: string } }> = [];
      const watch = new Watch(small.kubeConfig);
      await watch.watch('/api/v1/namespaces/default/configmaps', { resourceVersion: first.metadata?.resourceVersion },
        (type, obj) => events.push({ type, obj }), () => undefined);
      await eventually(() => (events.length > 0 ? true : undefined));
      assert.equal(events[0]?.type, 'ERROR');
      assert.equal(events[0]?.obj.code, 410);
      assert.equal(events[0]?.obj.reason, 'Expired');
      assert.match(events[0]?.obj.message ?? '', /too old resource version/);
    } finally {
      await small.close();
    }
  });

  test('a watch without resourceVersion starts with the current objects as ADDED', async () => {
    const r = await rawRequest(server, 'GET', '/api/v1/namespaces/default/configmaps?watch=true&timeoutSeconds=1&labelSelector=app%3Dweb');
    const lines = r.text.trim().split('\n').map((l) => JSON.parse(l) as { type: string; object: { metadata: { name: string } } });
    assert.deepEqual(lines.map((l) => `${l.type} ${l.object.metadata.name}`), ['ADDED a']);
  });

  test('allowWatchBookmarks with sendInitialEvents marks the end of the initial events', async () => {
    const r = await rawRequest(server, 'GET',
      '/api/v1/namespaces/default/configmaps?watch=true&timeoutSeconds=1&allowWatchBookmarks=true&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&labelSelector=app%3Dweb');
    const lines = r.text.trim().split('\n').map((l) => JSON.parse(l) as { type: string; object: { metadata: { annotations?: Record<string, string> } } });
    assert.equal(lines[0]?.type, 'ADDED');
    assert.equal(lines[1]?.type, 'BOOKMARK');
    assert.equal(lines[1]?.object.metadata.annotations?.['k8s.io/initial-events-end'], 'true');
  });

  test('a namespaced list across all namespaces includes every namespace', async () => {
    await rawRequest(server, 'POST', '/api/v1/namespaces', jsonBody({ metadata: { name: 'other' } }));
    await core.createNamespacedConfigMap({ namespace: 'other', body: { metadata: { name: 'elsewhere' } } });
    const all = await core.listConfigMapForAllNamespaces();
    assert.ok(all.items.some((i) => i.metadata?.namespace === 'other' && i.metadata.name === 'elsewhere'));
    assert.ok(all.items.some((i) => i.metadata?.namespace === 'default'));
  });
});

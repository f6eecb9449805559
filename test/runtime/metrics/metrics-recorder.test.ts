import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MetricsRecorder } from '../../../src/runtime/metrics/metrics-recorder.js';
import { startMetricsServer } from '../../../src/runtime/metrics/metrics-server.js';

const repo = { apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', name: 'podinfo', namespace: 'flux-system' };

test('condition, suspend, duration and resource-info series use Flux names and labels', async () => {
  const m = new MetricsRecorder();
  m.recordCondition(repo, 'Ready', 'True');
  m.recordSuspend(repo, false);
  m.recordDuration(repo, 0.25);
  m.recordResourceInfo(repo, { ready: 'True', suspended: false, revision: 'main@sha1:abc' });
  const text = await m.text();
  assert.match(text, /gotk_reconcile_condition\{kind="GitRepository",name="podinfo",namespace="flux-system",type="Ready",status="True"\} 1/);
  assert.match(text, /gotk_reconcile_condition\{kind="GitRepository",name="podinfo",namespace="flux-system",type="Ready",status="False"\} 0/);
  assert.match(text, /gotk_suspend_status\{kind="GitRepository",name="podinfo",namespace="flux-system"\} 0/);
  assert.match(text, /gotk_reconcile_duration_seconds_count\{kind="GitRepository",name="podinfo",namespace="flux-system"\} 1/);
  assert.match(
    text,
    /gotk_resource_info\{customresource_group="source.toolkit.fluxcd.io",customresource_kind="GitRepository",customresource_version="v1",exported_namespace="flux-system",name="podinfo",ready="True",suspended="false",revision="main@sha1:abc"\} 1/,
  );
});

test('resource info keeps one series per object and every series goes when the object is deleted', async () => {
  const m = new MetricsRecorder();
  m.recordResourceInfo(repo, { ready: 'Unknown', suspended: false, revision: '' });
  m.recordResourceInfo(repo, { ready: 'False', suspended: true, revision: '' });
  m.recordCondition(repo, 'Ready', 'False');
  m.recordSuspend(repo, true);
  m.recordDuration(repo, 1);
  let text = await m.text();
  assert.equal((text.match(/^gotk_resource_info\{/gm) ?? []).length, 1);
  assert.match(text, /ready="False",suspended="true"/);
  m.deleteObject(repo);
  text = await m.text();
  assert.doesNotMatch(text, /podinfo/);
});

test('a scrape shows each object as last recorded: a condition that turned False moves its 1 to False', async () => {
  const m = new MetricsRecorder();
  const other = { ...repo, name: 'other' };
  m.recordCondition(repo, 'Ready', 'True');
  m.recordCondition(other, 'Ready', 'Unknown');
  m.recordCondition(repo, 'Ready', 'False');
  m.recordSuspend(repo, false);
  m.recordSuspend(repo, true);
  const text = await m.text();
  const series = (name: string, status: string) => new RegExp(`gotk_reconcile_condition\\{kind="GitRepository",name="${name}",namespace="flux-system",type="Ready",status="${status}"\\} (\\d)`).exec(text)?.[1];
  assert.deepEqual(['True', 'False', 'Unknown', 'Deleted'].map((s) => series('podinfo', s)), ['0', '1', '0', '0']);
  assert.deepEqual(['True', 'False', 'Unknown', 'Deleted'].map((s) => series('other', s)), ['0', '0', '1', '0']);
  assert.match(text, /gotk_suspend_status\{kind="GitRepository",name="podinfo",namespace="flux-system"\} 1/);
  assert.equal((text.match(/^gotk_suspend_status\{/gm) ?? []).length, 1);
});

test('label values are escaped as the text format requires', async () => {
  const m = new MetricsRecorder();
  m.recordResourceInfo(repo, { ready: 'True', suspended: false, revision: 'tag "v1"\\beta\nnext' });
  assert.match(await m.text(), /revision="tag \\"v1\\"\\\\beta\\nnext"\} 1\n/);
});

test('reconcile durations fall in Flux\'s buckets, a duration on a bound counted in that bound\'s bucket', async () => {
  const m = new MetricsRecorder();
  for (const seconds of [0.1, 0.05, 0.2, 30]) m.recordDuration(repo, seconds);
  const text = await m.text();
  const bucket = (le: string) => new RegExp(`gotk_reconcile_duration_seconds_bucket\\{kind="GitRepository",name="podinfo",namespace="flux-system",le="${le.replace('+', '\\+')}"\\} (\\d+)`).exec(text)?.[1];
  assert.deepEqual(['0.01', '0.1', '1', '10', '+Inf'].map(bucket), ['0', '2', '3', '3', '4']);
  assert.match(text, /gotk_reconcile_duration_seconds_sum\{kind="GitRepository",name="podinfo",namespace="flux-system"\} 30.35\n/);
  assert.match(text, /gotk_reconcile_duration_seconds_count\{kind="GitRepository",name="podinfo",namespace="flux-system"\} 4\n/);
});

test('/metrics streams every series of thousands of objects, the same text as a whole render', async () => {
  const m = new MetricsRecorder();
  for (let i = 0; i < 3000; i++) {
    const obj = { ...repo, name: `app-${i}` };
    for (const type of ['Ready', 'Reconciling', 'Stalled']) m.recordCondition(obj, type, 'False');
    m.recordDuration(obj, 0.5);
    m.recordResourceInfo(obj, { ready: 'False', suspended: false, revision: '' });
  }
  const server = await startMetricsServer(m, '127.0.0.1:0');
  try {
    const res = await fetch(server.url);
    assert.equal(res.status, 200);
    const body = await res.text();
    assert.equal((body.match(/^gotk_reconcile_condition\{/gm) ?? []).length, 3000 * 12);
    assert.equal((body.match(/^gotk_reconcile_duration_seconds_count\{/gm) ?? []).length, 3000);
    assert.equal(body, await m.text());
  } finally {
    await server.close();
  }
});

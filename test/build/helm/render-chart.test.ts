import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture } from '../../support/repo-root.js';
import { loadChart, loadChartFiles, renderChart, type LookupFunc } from '../../../src/build/helm/index.js';

test('an injected lookup answers the chart\'s lookup calls (offline it returns an empty map)', () => {
  const chart = loadChart(fixture('helm', 'charts', 'formats'));
  const calls: string[] = [];
  const lookup: LookupFunc = (apiVersion, kind, namespace, name) => {
    calls.push(`${apiVersion}/${kind}/${namespace}/${name}`);
    return { data: { token: 'abc' } };
  };
  const withLookup = renderChart(chart, { releaseName: 'f', lookup });
  assert.deepEqual(calls, ['v1/Secret/default/x']);
  assert.match(withLookup.manifests[0]!.content, /lookup: "\{\\"data\\":\{\\"token\\":\\"abc\\"\}\}"/);
  const offline = renderChart(chart, { releaseName: 'f' });
  assert.match(offline.manifests[0]!.content, /lookup: "\{\}"/);
});

test('the render result keeps NOTES.txt apart, hooks apart, and final values', () => {
  const r = renderChart(loadChart(fixture('helm', 'charts', 'edges')), { releaseName: 'e', namespace: 'ns1' });
  assert.equal(r.notes, 'Notes are rendered (e) but never printed by helm template.\n');
  assert.deepEqual(r.hooks.map((h) => `${h.kind}/${h.metadataName}:${h.events.join(',')}`), ['Secret/pre:pre-install', 'Pod/test-a:test-success', 'Job/test-b:test']);
  assert.ok(r.manifests.every((m) => !m.name.endsWith('NOTES.txt')));
  assert.equal(r.values.suffix, 'tail');
});

test('a document with an unknown hook is left out, as Helm does', () => {
  const chart = loadChartFiles([
    { name: 'Chart.yaml', data: Buffer.from('apiVersion: v2\nname: hooks\nversion: 0.1.0\n') },
    { name: 'templates/x.yaml', data: Buffer.from('kind: ConfigMap\nmetadata:\n  name: odd\n  annotations:\n    helm.sh/hook: sometime\n---\nkind: ConfigMap\nmetadata:\n  name: plain\n') },
  ]);
  const r = renderChart(chart, { releaseName: 'h' });
  assert.deepEqual(r.hooks, []);
  assert.deepEqual(r.manifests.map((m) => m.metadataName), ['plain']);
});

test('user values override chart defaults deeply and null removes a default', () => {
  const r = renderChart(loadChart(fixture('helm', 'charts', 'webapp')), {
    releaseName: 'w', values: { service: { type: 'NodePort' }, resources: null },
  });
  const svc = r.manifests.find((m) => m.kind === 'Service')!;
  assert.match(svc.content, /type: NodePort/);
  assert.match(svc.content, /port: 9898/);
  assert.equal('resources' in r.values, false);
});

test('rendering leaves the loaded chart untouched, so a controller can render it again with other values', () => {
  const chart = loadChart(fixture('helm', 'charts', 'platform'));
  const before = JSON.stringify({ values: chart.values, deps: chart.dependencies.map((d) => [d.metadata.name, d.values]), md: chart.metadata });
  const a = renderChart(chart, { releaseName: 'p', values: { report: { enabled: true }, tags: { messaging: true } } });
  const b = renderChart(chart, { releaseName: 'p' });
  assert.equal(JSON.stringify({ values: chart.values, deps: chart.dependencies.map((d) => [d.metadata.name, d.values]), md: chart.metadata }), before);
  assert.ok(a.manifests.some((m) => m.name === 'platform/charts/report/templates/deployment.yaml'));
  assert.ok(!b.manifests.some((m) => m.name.startsWith('platform/charts/report/')));
  assert.ok(!b.manifests.some((m) => m.name.startsWith('platform/charts/queue/')));
});

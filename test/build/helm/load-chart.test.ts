import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { fixture } from '../../support/repo-root.js';
import { isChartLoadError, loadChart, loadChartArchive } from '../../../src/build/helm/index.js';

/** A gzipped ustar archive holding the given files, names taken literally (so they can try to escape). */
function tgz(files: Record<string, string>): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, text] of Object.entries(files)) {
    const body = Buffer.from(text);
    const h = Buffer.alloc(512);
    h.write(name, 0, 100);
    h.write('0000644\0', 100);
    h.write('0000000\0', 108);
    h.write('0000000\0', 116);
    h.write(body.length.toString(8).padStart(11, '0') + '\0', 124);
    h.write('00000000000\0', 136);
    h.write('        ', 148);
    h.write('0', 156);
    h.write('ustar\0' + '00', 257);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
    blocks.push(h, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

const chartYaml = 'apiVersion: v2\nname: demo\nversion: 0.1.0\n';

test('a chart archive loads with its top folder stripped', () => {
  const chart = loadChartArchive(tgz({ 'demo/Chart.yaml': chartYaml, 'demo/values.yaml': 'a: 1\n', 'demo/templates/x.yaml': 'x: 1\n', 'demo/README.md': 'hi' }));
  assert.equal(chart.metadata.name, 'demo');
  assert.deepEqual(chart.values, { a: 1 });
  assert.deepEqual(chart.templates.map((t) => t.name), ['templates/x.yaml']);
  assert.deepEqual(chart.files.map((f) => f.name), ['README.md']);
});

test('an archive member that climbs out of the chart is refused', () => {
  const data = tgz({ 'demo/Chart.yaml': chartYaml, 'demo/../../etc/evil.yaml': 'x: 1\n' });
  assert.throws(() => loadChartArchive(data), (err) => isChartLoadError(err) && /outside its root/.test(err.message));
});

test('an archive with Chart.yaml at its root instead of in a folder is refused', () => {
  assert.throws(() => loadChartArchive(tgz({ 'Chart.yaml': chartYaml })), /chart yaml not in base directory/);
});

test('a folder chart honours .helmignore and loads .tgz subcharts', () => {
  const webapp = loadChart(fixture('helm', 'charts', 'webapp'));
  const names = webapp.files.map((f) => f.name);
  assert.ok(names.includes('files/conf/app.properties'));
  assert.ok(!names.includes('files/conf/app.properties.bak'), '*.bak is in .helmignore');
  const legacy = loadChart(fixture('helm', 'charts', 'legacy'));
  assert.equal(legacy.metadata.apiVersion, 'v1');
  assert.deepEqual(legacy.dependencies.map((d) => `${d.metadata.name}@${d.metadata.version}`), ['helper@0.2.0']);
  assert.equal(legacy.metadata.dependencies?.[0]?.condition, 'helper.enabled', 'requirements.yaml is read for v1 charts');
});

test('a Chart.yaml without a version is refused with Helm\'s message', () => {
  assert.throws(() => loadChart(fixture('helm', 'charts', 'errors', 'no-version')), /^ChartLoadError: validation: chart.metadata.version is required$/);
});

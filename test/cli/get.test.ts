import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { isReady, readyOf } from '../support/flux-env.js';
import { configMapYaml, gitRef, gitRepository, kustomization, startCliEnv, type CliEnv } from './cli-env.js';
import { headerOf, parseTable } from './parse-table.js';
import { runCli, startCli } from './run-cli.js';

let c: CliEnv;

before(async () => {
  c = await startCliEnv({ 'app/cm.yaml': configMapYaml('a', 'default', { k: 'v' }) });
  await c.env.client.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team-a' } }, { fieldManager: 'test' });
  await c.env.apply(
    gitRepository('platform', c.url),
    gitRepository('broken', `${c.url}-missing`),
    { ...gitRepository('tenant', c.url), metadata: { name: 'tenant', namespace: 'team-a' } },
    kustomization('apps', 'platform', { path: './app', suspend: true }),
  );
  await c.env.waitFor(gitRef('platform'), isReady);
  await c.env.waitFor(gitRef('tenant', 'team-a'), isReady);
  await c.env.waitFor(gitRef('broken'), (o) => readyOf(o)?.status === 'False');
});
after(() => c.close());

test('get sources git prints Flux\'s table with each source\'s revision and Ready message', async () => {
  const r = await runCli(['get', 'sources', 'git'], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(headerOf(r.stdout), ['NAME', 'REVISION', 'SUSPENDED', 'READY', 'MESSAGE']);
  const rows = parseTable(r.stdout);
  assert.deepEqual(rows.map((row) => row.NAME), ['broken', 'platform']);
  assert.deepEqual(rows[1], {
    NAME: 'platform', REVISION: `main@sha1:${c.repo.head()}`, SUSPENDED: 'False', READY: 'True',
    MESSAGE: `stored artifact for revision 'main@sha1:${c.repo.head()}'`,
  });
  assert.equal(rows[0]!.READY, 'False');
  assert.equal(rows[0]!.REVISION, '');
  assert.match(rows[0]!.MESSAGE!, /platform\.git-missing/);
});

test('get source git NAME prints only that source', async () => {
  const r = await runCli(['get', 'source', 'git', 'platform'], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(parseTable(r.stdout).map((row) => row.NAME), ['platform']);
});

test('-A adds a NAMESPACE column and lists every namespace', async () => {
  const r = await runCli(['get', 'sources', 'git', '-A'], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(headerOf(r.stdout), ['NAMESPACE', 'NAME', 'REVISION', 'SUSPENDED', 'READY', 'MESSAGE']);
  assert.deepEqual(parseTable(r.stdout).map((row) => `${row.NAMESPACE}/${row.NAME}`), ['flux-system/broken', 'flux-system/platform', 'team-a/tenant']);
});

test('-n selects another namespace', async () => {
  const r = await runCli(['get', 'sources', 'git', '-n', 'team-a'], c.kubeconfig);
  assert.deepEqual(parseTable(r.stdout).map((row) => row.NAME), ['tenant']);
});

test('--status-selector ready=false lists only the failing sources', async () => {
  const r = await runCli(['get', 'sources', 'git', '--status-selector', 'ready=false'], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(parseTable(r.stdout).map((row) => row.NAME), ['broken']);
});

test('get ks prints NAME REVISION SUSPENDED READY MESSAGE and shows a suspended Kustomization', async () => {
  for (const words of [['ks'], ['kustomizations'], ['kustomization', 'apps']]) {
    const r = await runCli(['get', ...words], c.kubeconfig);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(headerOf(r.stdout), ['NAME', 'REVISION', 'SUSPENDED', 'READY', 'MESSAGE']);
    const rows = parseTable(r.stdout);
    assert.deepEqual(rows.map((row) => [row.NAME, row.SUSPENDED]), [['apps', 'True']]);
  }
});

test('get all prints one table per kind with kind/name rows', async () => {
  const r = await runCli(['get', 'all'], c.kubeconfig);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^NAME\s+REVISION\s+SUSPENDED\s+READY\s+MESSAGE\ngitrepository\/broken\s/m);
  assert.match(r.stdout, /^gitrepository\/platform\s+main@sha1:[0-9a-f]{40}\s+False\s+True\s/m);
  assert.match(r.stdout, /\n\nNAME\s+REVISION\s+SUSPENDED\s+READY\s+MESSAGE\nkustomization\/apps\s/);
  const sources = await runCli(['get', 'sources', 'all'], c.kubeconfig);
  assert.match(sources.stdout, /^gitrepository\/platform\s/m);
  assert.doesNotMatch(sources.stdout, /kustomization\//);
});

test('--no-header prints rows only', async () => {
  const r = await runCli(['get', 'sources', 'git', 'platform', '--no-header'], c.kubeconfig);
  assert.match(r.stdout, /^platform\s+main@sha1:/);
});

test('a namespace without objects says so on stderr and exits 0', async () => {
  const r = await runCli(['get', 'ks', '-n', 'team-a'], c.kubeconfig);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /no Kustomization objects found in "team-a" namespace/);
});

test('a missing object is an error on stderr with nothing on stdout', async () => {
  const r = await runCli(['get', 'ks', 'nope'], c.kubeconfig);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^✗ .*nope.*not found/i);
});

test('an unknown kind and a bad selector are errors naming what is wrong', async () => {
  const kind = await runCli(['get', 'widgets'], c.kubeconfig);
  assert.equal(kind.code, 1);
  assert.match(kind.stderr, /unknown kind "widgets"/);
  const sel = await runCli(['get', 'ks', '--status-selector', 'color=blue'], c.kubeconfig);
  assert.equal(sel.code, 1);
  assert.match(sel.stderr, /--status-selector color=blue/);
  assert.equal(sel.stdout, '');
});

test('a missing kubeconfig is an error naming the file', async () => {
  const r = await runCli(['get', 'ks'], '/nonexistent/kubeconfig');
  assert.equal(r.code, 1);
  assert.match(r.stderr, /kubeconfig \/nonexistent\/kubeconfig not found/);
});

test('get --watch prints the header, then a row for each change, until interrupted', async () => {
  const run = startCli(['get', 'sources', 'git', '--watch'], c.kubeconfig);
  await run.waitForStdout(/^platform\s/m);
  await c.env.client.patch(gitRef('platform'), { spec: { interval: '9m0s' } });
  await run.waitForStdout(/^platform\s[^\n]*\n[^]*^platform\s/m);
  const r = await run.stop();
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^NAME\s+REVISION\s+SUSPENDED\s+READY\s+MESSAGE\n/);
});

test('KUBECONFIG is honoured: the first existing file of the list', async () => {
  const saved = process.env.KUBECONFIG;
  process.env.KUBECONFIG = `/nonexistent/one:${c.kubeconfig}`;
  try {
    const r = await runCli(['get', 'sources', 'git', 'platform']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(parseTable(r.stdout).map((row) => row.NAME), ['platform']);
  } finally {
    if (saved === undefined) delete process.env.KUBECONFIG;
    else process.env.KUBECONFIG = saved;
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../support/repo-root.js';
import { runCli } from './run-cli.js';

test('fluxion version prints the package version', () => {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/fluxion.js'), 'version'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^fluxion: v\d+\.\d+\.\d+\n$/);
});

test('an unknown command exits non-zero with a message on stderr', () => {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/fluxion.js'), 'frobnicate'], { encoding: 'utf8' });
  assert.notEqual(r.status, 0);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /unknown command 'frobnicate'/);
});

test('fluxion --version prints the version as flux --version does', async () => {
  const r = await runCli(['--version']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^fluxion version \d+\.\d+\.\d+\n$/);
});

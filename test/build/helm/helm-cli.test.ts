import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixture, repoRoot } from '../../support/repo-root.js';

/** Runs the real `fluxion` binary: compiled (dist, as `npm test` runs) or from source under tsx. */
function fluxion(args: string[], cwd: string): { stdout: string; stderr: string; status: number | null } {
  const fromSource = fileURLToPath(import.meta.url).endsWith('.ts');
  const argv = fromSource
    ? ['--import', 'tsx', '-e', `import('${join(repoRoot, 'src/cli/main.ts')}').then(async (m) => { process.exitCode = await m.main(${JSON.stringify(args)}); })`]
    : [join(repoRoot, 'bin/fluxion.js'), ...args];
  const r = spawnSync(process.execPath, argv, { cwd, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const dir = fixture('helm');
const golden = (name: string, ext: string): string => readFileSync(join(dir, 'goldens', `${name}.${ext}`), 'utf8');

test('fluxion helm template prints a multi-chart release exactly as helm template does', () => {
  const r = fluxion(['helm', 'template', 'plat', 'charts/platform', '--set', 'cache.enabled=true'], dir);
  // Helm's warnings carry Go's `file.go:line: ` log prefix; Fluxion prints the same text without it.
  assert.equal(r.stderr, golden('platform-cache', 'err').replace(/^[a-z_]+\.go:\d+: /gm, ''));
  assert.match(r.stderr, /skipped value for ingest.queue: Not a table/);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, golden('platform-cache', 'out'));
});

test('fluxion helm template takes -n as the release namespace even though -n is also a global flag', () => {
  const r = fluxion(['helm', 'template', 'rel', 'charts/webapp', '-f', 'values/webapp-prod.yaml', '-n', 'prod'], dir);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, golden('webapp-prod', 'out'));
});

test('fluxion helm template fails like helm on a missing required value: stderr, exit 1, nothing on stdout', () => {
  const r = fluxion(['helm', 'template', 'r', 'charts/errors/inputs'], dir);
  assert.equal(r.stdout, '');
  assert.equal(r.status, 1);
  assert.equal(r.stderr, golden('error-required', 'err'));
});

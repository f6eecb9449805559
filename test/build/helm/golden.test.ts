import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture } from '../../support/repo-root.js';
import { runHelmCli } from './run-helm-cli.js';

interface Case { name: string; args: string[] }

const dir = fixture('helm');
const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as Case[];
const golden = (name: string, ext: string): string => readFileSync(join(dir, 'goldens', `${name}.${ext}`), 'utf8');

/** Helm logs warnings with Go's `file.go:line: ` prefix (a position in Helm's own source); Fluxion prints the text. */
const withoutGoLogPrefix = (stderr: string): string => stderr.replace(/^[a-z_]+\.go:\d+: /gm, '');

// Paths in the cases (and in Helm's messages) are relative to the fixtures folder, as when the goldens were made.
process.chdir(dir);

for (const c of cases) {
  test(`helm template ${c.args.join(' ')} prints what Helm 3.17 prints (${c.name})`, async () => {
    const got = await runHelmCli(['template', ...c.args]);
    const code = Number(golden(c.name, 'code').trim());
    assert.equal(got.stderr, withoutGoLogPrefix(golden(c.name, 'err')), 'stderr');
    assert.equal(got.stdout, golden(c.name, 'out'), 'stdout');
    assert.equal(got.code, code, 'exit code');
  });
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { skipUnless } from '../support/tools.js';
import { runCli } from './run-cli.js';

/** Runs the bash completion function as bash would for the words typed so far; returns the candidates. */
function complete(script: string, words: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'fluxion-completion-'));
  try {
    writeFileSync(join(dir, 'c.bash'), script);
    const line = ['fluxion', ...words].map((w) => `'${w}'`).join(' ');
    const r = spawnSync('bash', ['-c', `source ${dir}/c.bash; COMP_WORDS=(${line}); COMP_CWORD=${words.length}; _fluxion; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('completion bash prints a script bash accepts', { skip: skipUnless('bash') }, async () => {
  const r = await runCli(['completion', 'bash']);
  assert.equal(r.code, 0, r.stderr);
  const check = spawnSync('bash', ['-n'], { input: r.stdout, encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
});

test('the bash script completes verbs, subcommands and flags', { skip: skipUnless('bash') }, async () => {
  const { stdout } = await runCli(['completion', 'bash']);
  assert.deepEqual(complete(stdout, ['re']).sort(), ['reconcile', 'resume']);
  assert.ok(complete(stdout, ['create', '']).includes('kustomization'));
  assert.ok(complete(stdout, ['create', 'source', '']).includes('git'));
  assert.ok(complete(stdout, ['get', '--']).includes('--status-selector'));
  assert.ok(complete(stdout, ['get', '--']).includes('--kubeconfig'), 'global flags too');
});

test('completion zsh and fish print scripts; another shell is an error', async () => {
  const zsh = await runCli(['completion', 'zsh']);
  assert.match(zsh.stdout, /^#compdef fluxion\n/);
  const fish = await runCli(['completion', 'fish']);
  assert.match(fish.stdout, /^complete -c fluxion -n '__fish_use_subcommand' -a 'get' /m);
  const bad = await runCli(['completion', 'tcsh']);
  assert.equal(bad.code, 1);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /unsupported shell "tcsh"/);
});

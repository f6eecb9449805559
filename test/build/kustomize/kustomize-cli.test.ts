import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: { write: (s: string) => { out += s; } }, stderr: { write: (s: string) => { err += s; } } });
  return { code, out, err };
}

test('fluxion kustomize build prints the objects', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fluxion-kcli-'));
  try {
    writeFileSync(join(dir, 'kustomization.yaml'), 'namePrefix: x-\nresources:\n- cm.yaml\n');
    writeFileSync(join(dir, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  k: "on"\n');
    const r = await run(['kustomize', 'build', dir]);
    assert.equal(r.code, 0);
    assert.equal(r.out, 'apiVersion: v1\ndata:\n  k: "on"\nkind: ConfigMap\nmetadata:\n  name: x-c\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('fluxion kustomize build reports bad input on stderr, prints nothing and exits non-zero', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fluxion-kcli-'));
  try {
    writeFileSync(join(dir, 'kustomization.yaml'), 'resources:\n- missing.yaml\n');
    const r = await run(['kustomize', 'build', dir]);
    assert.notEqual(r.code, 0);
    assert.equal(r.out, '');
    assert.match(r.err, /kustomization\.yaml: resource 'missing\.yaml' not found/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiskFileSystem } from '../../../src/build/fs/index.js';
import { isKustomizeError, kustomizeBuild } from '../../../src/build/kustomize/index.js';
import { Workspace } from './harness.js';

test('a symlink pointing outside the root is refused with the path named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fluxion-kz-'));
  try {
    mkdirSync(join(dir, 'root'));
    writeFileSync(join(dir, 'secret.yaml'), 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n');
    symlinkSync(join(dir, 'secret.yaml'), join(dir, 'root', 'link.yaml'));
    writeFileSync(join(dir, 'root', 'kustomization.yaml'), 'resources:\n- link.yaml\n');
    assert.throws(() => kustomizeBuild(new DiskFileSystem(join(dir, 'root')), ''),
      (e: unknown) => isKustomizeError(e) && /link\.yaml/.test(e.message) && /outside the root/.test(e.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('remote bases are refused without touching the network', () => {
  for (const ref of ['https://github.com/org/repo//base?ref=v1', 'github.com/org/repo/base', 'git@github.com:org/repo.git']) {
    const ws = new Workspace().writeK('', `resources:\n- ${ref}\n`);
    assert.throws(() => ws.build(), /remote resource .* is not supported/);
  }
});

test('exec and container plugins are refused', () => {
  const ws = new Workspace().writeK('', 'generators:\n- gen.yaml\n').writeF('gen.yaml', 'apiVersion: x/v1\nkind: G\nmetadata:\n  name: g\n');
  assert.throws(() => ws.build(), /kustomization\.yaml: field "generators" is not supported: plugins/);
});

test('invalid YAML is reported with file and line', () => {
  const ws = new Workspace().writeK('', 'resources:\n- a.yaml\n').writeF('a.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n data: x\n');
  assert.throws(() => ws.build(), (e: unknown) => isKustomizeError(e) && /^a\.yaml:5:\d+: invalid YAML: All mapping items must start at the same column$/.test(e.message));
});

test('a cycle of kustomizations is reported with the chain', () => {
  const ws = new Workspace().writeK('a', 'resources:\n- ../b\n').writeK('b', 'resources:\n- ../a\n');
  assert.throws(() => ws.build('a'), /cycle detected: a -> b -> a/);
});

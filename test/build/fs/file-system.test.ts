import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiskFileSystem, isFsNotFoundError, isPathEscapeError, joinRelPath, MemoryFileSystem } from '../../../src/build/fs/index.js';

test('paths are normalized and may not climb above the root', () => {
  assert.equal(joinRelPath('a/b', '../c/./d.yaml'), 'a/c/d.yaml');
  assert.equal(joinRelPath('', '.'), '');
  assert.throws(() => joinRelPath('a', '../../x'), isPathEscapeError);
  assert.throws(() => joinRelPath('a', '/etc/passwd'), isPathEscapeError);
});

test('the in-memory file system lists, reads and reports missing files', () => {
  const fs = new MemoryFileSystem({ 'a/b.yaml': 'x', 'a/c/d.yaml': 'y', 'z.txt': 'z' });
  assert.deepEqual(fs.readDir(''), ['a', 'z.txt']);
  assert.deepEqual(fs.readDir('a'), ['b.yaml', 'c']);
  assert.equal(fs.kind('a/c'), 'dir');
  assert.equal(fs.kind('a/c/d.yaml'), 'file');
  assert.equal(fs.kind('nope'), undefined);
  assert.equal(fs.readFile('a/./c/../b.yaml'), 'x');
  assert.throws(() => fs.readFile('a/missing'), isFsNotFoundError);
  assert.throws(() => fs.readFile('../z.txt'), isPathEscapeError);
});

test('the disk file system is confined to its root, symlinks included', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fluxion-fs-'));
  try {
    mkdirSync(join(dir, 'root', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'outside.txt'), 'secret');
    writeFileSync(join(dir, 'root', 'sub', 'in.txt'), 'inside');
    symlinkSync(join(dir, 'root', 'sub', 'in.txt'), join(dir, 'root', 'inside-link'));
    symlinkSync(join(dir, 'outside.txt'), join(dir, 'root', 'outside-link'));
    symlinkSync(dir, join(dir, 'root', 'dir-link'));
    const fs = new DiskFileSystem(join(dir, 'root'));
    assert.equal(fs.readFile('sub/in.txt'), 'inside');
    assert.equal(fs.readFile('inside-link'), 'inside');
    assert.deepEqual(fs.readDir(''), ['dir-link', 'inside-link', 'outside-link', 'sub']);
    assert.throws(() => fs.readFile('outside-link'), (e: unknown) => isPathEscapeError(e) && e.path === 'outside-link');
    assert.throws(() => fs.readFile('dir-link/outside.txt'), isPathEscapeError);
    assert.throws(() => fs.readFile('../outside.txt'), isPathEscapeError);
    assert.throws(() => fs.readFile('sub/none.txt'), isFsNotFoundError);
    assert.equal(fs.kind('sub'), 'dir');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, chmodSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { list } from 'tar';
import { packArtifact } from '../../src/artifact/pack-artifact.js';
import { tempDir } from '../support/git-repo.js';

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

async function entries(tarball: string): Promise<string[]> {
  const out: string[] = [];
  await list({ file: tarball, onReadEntry: (e) => out.push(e.type === 'SymbolicLink' ? `${e.path} -> ${e.linkpath}` : e.path) });
  return out;
}

const files = (names: string[]) => names.filter((n) => !n.endsWith('/'));

describe('packing a source tree into an artifact', () => {
  let root: string;
  before(() => {
    root = tempDir();
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const tree = (name: string, content: Record<string, string>) => {
    const dir = join(root, name);
    writeTree(dir, content);
    return dir;
  };
  const out = () => join(root, `out-${Math.random().toString(36).slice(2)}.tar.gz`);

  test('the same tree always gives the same sha256 digest, whatever the mtimes and modes on disk', async () => {
    const content = { 'b.yaml': 'b\n', 'a/z.yaml': 'z\n', 'a/y.yaml': 'y\n', 'run.sh': '#!/bin/sh\n' };
    const one = tree('same-1', content);
    const two = tree('same-2', content);
    chmodSync(join(one, 'run.sh'), 0o755);
    chmodSync(join(two, 'run.sh'), 0o775);
    chmodSync(join(two, 'b.yaml'), 0o600);
    utimesSync(join(two, 'b.yaml'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    const p1 = await packArtifact(one, { outPath: out() });
    const p2 = await packArtifact(two, { outPath: out() });
    assert.match(p1.digest, /^sha256:[0-9a-f]{64}$/);
    assert.equal(p1.digest, p2.digest);
    assert.equal(p1.size, readFileSync(p1.path).length);
    assert.deepEqual(await entries(p1.path), ['a/', 'a/y.yaml', 'a/z.yaml', 'b.yaml', 'run.sh']);
  });

  test('a changed file changes the digest', async () => {
    const a = await packArtifact(tree('chg-1', { 'x.yaml': '1\n' }), { outPath: out() });
    const b = await packArtifact(tree('chg-2', { 'x.yaml': '2\n' }), { outPath: out() });
    assert.notEqual(a.digest, b.digest);
  });

  test("Flux's default exclusions apply when no ignore rules are given", async () => {
    const dir = tree('defaults', {
      '.git/config': '', '.gitignore': '', '.gitmodules': '', '.github/workflows/ci.yaml': '', 'logo.png': '', 'dist.tar.gz': '',
      '.travis.yml': '', 'apps/.sops.yaml': '', 'apps/.flux.yaml': '', 'apps/app.yaml': 'kind: A\n', 'README.md': '',
    });
    const p = await packArtifact(dir, { outPath: out() });
    assert.deepEqual(files(await entries(p.path)), ['README.md', 'apps/app.yaml']);
    assert.equal(p.files, 2);
  });

  test('spec.ignore replaces the default exclusions, but .git is always left out', async () => {
    const dir = tree('spec', { '.git/HEAD': '', 'logo.png': 'png', 'deploy/a.yaml': '', 'deploy/notes.md': '', 'src/main.go': '' });
    const p = await packArtifact(dir, { ignore: '# exclude all\n/*\n# include deploy dir\n!/deploy\n/deploy/**/*.md\n', outPath: out() });
    assert.deepEqual(files(await entries(p.path)), ['deploy/a.yaml']);
    const q = await packArtifact(dir, { ignore: 'src/\n', outPath: out() });
    assert.deepEqual(files(await entries(q.path)), ['deploy/a.yaml', 'deploy/notes.md', 'logo.png']);
  });

  test('.sourceignore files apply to their own directory, and spec.ignore can bring files back', async () => {
    const dir = tree('sourceignore', {
      '.sourceignore': '*.txt\n',
      'a.txt': '', 'keep.yaml': '',
      'sub/.sourceignore': 'secret.yaml\n',
      'sub/secret.yaml': '', 'sub/ok.yaml': '', 'secret.yaml': '', 'sub/b.txt': '',
    });
    const p = await packArtifact(dir, { outPath: out() });
    assert.deepEqual(files(await entries(p.path)), ['.sourceignore', 'keep.yaml', 'secret.yaml', 'sub/.sourceignore', 'sub/ok.yaml']);
    const q = await packArtifact(dir, { ignore: '!a.txt\n', outPath: out() });
    assert.ok(files(await entries(q.path)).includes('a.txt'));
  });

  test('a symlink pointing outside the repository fails the pack and the error names the link', async () => {
    const dir = tree('escape', { 'ok.yaml': '' });
    mkdirSync(join(dir, 'config'), { recursive: true });
    symlinkSync('../../../../etc/passwd', join(dir, 'config/passwd'));
    await assert.rejects(packArtifact(dir, { outPath: out() }), { reason: 'ArchiveOperationFailed', message: /symlink 'config\/passwd' points outside the source root/ });
    const abs = tree('escape-abs', { 'ok.yaml': '' });
    symlinkSync('/etc', join(abs, 'etc'));
    await assert.rejects(packArtifact(abs, { outPath: out() }), /symlink 'etc' points outside/);
  });

  test('a symlink that stays inside the repository is archived as a link', async () => {
    const dir = tree('inside', { 'base/app.yaml': 'a\n' });
    symlinkSync('base/app.yaml', join(dir, 'app.yaml'));
    const p = await packArtifact(dir, { outPath: out() });
    assert.deepEqual(await entries(p.path), ['app.yaml -> base/app.yaml', 'base/', 'base/app.yaml']);
  });

  test('a symlink whose path stays inside but resolves outside through another link is refused', async () => {
    const dir = tree('sneaky', { 'x.yaml': '' });
    symlinkSync('.', join(dir, 'self'));
    symlinkSync('self/..', join(dir, 'up'));
    await assert.rejects(packArtifact(dir, { outPath: out() }), /symlink 'up' points outside/);
  });

  test('long paths (over 100 bytes) survive the archive', async () => {
    const long = `${'d'.repeat(60)}/${'e'.repeat(60)}/${'f'.repeat(80)}.yaml`;
    const p = await packArtifact(tree('long', { [long]: 'x\n' }), { outPath: out() });
    assert.ok((await entries(p.path)).includes(long));
  });
});

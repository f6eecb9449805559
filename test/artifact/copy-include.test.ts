import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { copyInclude } from '../../src/artifact/copy-include.js';
import { tempDir } from '../support/git-repo.js';

describe('spec.include copies another artifact into the source', () => {
  let root: string;
  let included: string;
  before(() => {
    root = tempDir();
    included = join(root, 'included');
    for (const [p, c] of Object.entries({ 'deploy/kubernetes/app.yaml': 'app\n', 'deploy/kubernetes/svc.yaml': 'svc\n', 'README.md': 'r\n' })) {
      mkdirSync(dirname(join(included, p)), { recursive: true });
      writeFileSync(join(included, p), c);
    }
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const target = () => {
    const d = join(root, `t-${Math.random().toString(36).slice(2)}`);
    mkdirSync(d);
    writeFileSync(join(d, 'own.yaml'), 'own\n');
    return d;
  };

  test('without paths the whole artifact lands under the repository name', async () => {
    const d = target();
    assert.equal(await copyInclude(d, { sourceDir: included, repositoryName: 'other-repository' }), 'other-repository');
    assert.equal(readFileSync(join(d, 'other-repository/deploy/kubernetes/app.yaml'), 'utf8'), 'app\n');
    assert.equal(readFileSync(join(d, 'own.yaml'), 'utf8'), 'own\n');
  });

  test('fromPath and toPath copy a sub-tree into a sub-path, replacing what was there', async () => {
    const d = target();
    mkdirSync(join(d, 'base/app'), { recursive: true });
    writeFileSync(join(d, 'base/app/stale.yaml'), 'stale\n');
    await copyInclude(d, { sourceDir: included, repositoryName: 'other', fromPath: 'deploy/kubernetes', toPath: 'base/app' });
    assert.deepEqual(readdirSync(join(d, 'base/app')).sort(), ['app.yaml', 'svc.yaml']);
  });

  test('paths leaving either root are refused', async () => {
    await assert.rejects(copyInclude(target(), { sourceDir: included, repositoryName: 'o', fromPath: '../..' }), { reason: 'IncludeUnavailable' });
    await assert.rejects(copyInclude(target(), { sourceDir: included, repositoryName: 'o', toPath: '../../tmp/x' }), /must stay inside/);
  });

  test('a fromPath missing from the included artifact says so', async () => {
    await assert.rejects(copyInclude(target(), { sourceDir: included, repositoryName: 'other', fromPath: 'nope' }), /fromPath 'nope' not found in artifact of GitRepository 'other'/);
  });
});

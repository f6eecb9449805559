import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import type { AnyFluxObject } from '../../src/api/convert/converted.js';
import { toCurrentVersion } from '../../src/api/convert/to-current-version.js';
import { toServedVersion } from '../../src/api/convert/to-served-version.js';
import { currentApiVersion, findFluxKind } from '../../src/api/kinds.js';
import { FluxValidator } from '../../src/api/validation/flux-validator.js';
import { fixture, repoRoot } from '../support/repo-root.js';
import { extractFluxManifests } from './support/seed-manifests.js';

const dir = fixture('api', 'seeds');
const expectations = JSON.parse(readFileSync(join(dir, 'expectations.json'), 'utf8')) as { rejected: Record<string, string[]>; notes: Record<string, string[]> };
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
const load = (f: string): AnyFluxObject => parse(readFileSync(join(dir, f), 'utf8')) as AnyFluxObject;
const validator = new FluxValidator();
const seedsDir = join(repoRoot, '..', 'shared', 'seeds');

function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [`${path}[${i}]`, v] as const) : Object.entries(value).map(([k, v]) => [path ? `${path}.${k}` : k, v] as const);
    return entries.length === 0 ? [[path, value]] : entries.flatMap(([p, v]) => leaves(v, p));
  }
  return [[path, value]];
}

test('the committed fixtures are exactly the Flux manifests in the seed guides', { skip: existsSync(seedsDir) ? false : `seed guides not found at ${seedsDir}` }, () => {
  const extracted = readdirSync(seedsDir)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .flatMap((seed) => extractFluxManifests(seed, readFileSync(join(seedsDir, seed), 'utf8')));
  assert.equal(extracted.length, files.length);
  assert.deepEqual(extracted.map((m) => m.object), files.map(load));
});

test('38 seed manifests across 14 apiVersion/kind pairs, including the removed versions', () => {
  assert.equal(files.length, 38);
  const pairs = new Set(files.map((f) => `${load(f).apiVersion} ${load(f).kind}`));
  for (const old of ['helm.toolkit.fluxcd.io/v2beta1 HelmRelease', 'source.toolkit.fluxcd.io/v1beta2 HelmRepository', 'image.toolkit.fluxcd.io/v1beta1 ImageUpdateAutomation', 'image.toolkit.fluxcd.io/v1beta2 ImagePolicy']) {
    assert.ok(pairs.has(old), old);
  }
  assert.equal(pairs.size, 14);
});

for (const file of files) {
  test(`seed manifest ${file}: validates, converts to the current version with nothing lost, and round-trips`, () => {
    const obj = load(file);
    const errors = validator.validate(obj);
    const rejected = expectations.rejected[file];
    if (rejected) {
      // Doc fragments that omit fields Flux requires: refused, each error naming the field and what to write.
      assert.deepEqual(errors.map((e) => e.path).sort(), [...rejected].sort());
      for (const e of errors) assert.match(e.message, /^spec\.\w+: Required value: required by Flux: write /);
    } else {
      assert.deepEqual(errors, []);
    }

    const found = findFluxKind(obj.apiVersion, obj.kind);
    assert.ok(found);
    const converted = toCurrentVersion(obj);
    assert.equal(converted.object.apiVersion, currentApiVersion(found.kind));
    assert.deepEqual(converted.notes.map((n) => n.rule).sort(), [...(expectations.notes[file] ?? [])].sort());
    assert.ok(!converted.notes.some((n) => n.rule === 'dropped-unknown-field'));
    for (const [path, value] of leaves(obj)) {
      if (path === 'apiVersion') continue;
      const [, got] = leaves(converted.object).find(([p]) => p === path) ?? [path, Symbol('missing')];
      assert.deepEqual(got, value, `${path} did not land in ${converted.object.apiVersion}`);
    }
    if (!rejected) assert.deepEqual(validator.validate(converted.object), [], 'converted object fits the current schema');

    const back = toServedVersion(converted.object, obj.apiVersion);
    assert.deepEqual(back.object, obj);
    assert.deepEqual(back.notes, []);
  });
}

test('seed meaning survives conversion: the fields controllers act on are where the current version expects them', () => {
  const iua = toCurrentVersion(load('002-b14-d3-imageupdateautomation-flux-system.yaml')).object as AnyFluxObject & { spec: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  assert.equal(iua.apiVersion, 'image.toolkit.fluxcd.io/v1');
  assert.equal(iua.spec.git.commit.author.email, 'fluxcdbot@users.noreply.github.com');
  assert.equal(iua.spec.git.checkout.ref.branch, 'main');
  assert.equal(iua.spec.git.push.branch, 'main');
  assert.equal(iua.spec.update.strategy, 'Setters');
  assert.match(iua.spec.git.commit.messageTemplate, /\.Updated\.Files/);

  const policy = toCurrentVersion(load('002-b14-d2-imagepolicy-nginx-policy.yaml')).object as AnyFluxObject & { spec: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  assert.deepEqual(policy.spec.filterTags, { pattern: '^(?P<ts>.*)-alpine$', extract: '$ts' });
  assert.equal(policy.spec.policy.semver.range, '^1.21.x');

  const hr = toCurrentVersion(load('003-b13-d2-helmrelease-postgresql.yaml')).object as AnyFluxObject & { spec: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  assert.equal(hr.apiVersion, 'helm.toolkit.fluxcd.io/v2');
  assert.deepEqual(hr.spec.chart.spec.sourceRef, { kind: 'HelmRepository', name: 'bitnami', namespace: 'flux-system' });
  assert.deepEqual(hr.spec.values, { auth: { username: 'admin', database: 'mydb' } });

  const git = toCurrentVersion(load('000-b06-d1-gitrepository-my-app.yaml')).object as AnyFluxObject & { spec: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  assert.deepEqual(git.spec.certSecretRef, { name: 'gitlab-ca' });
  assert.deepEqual(validator.withDefaults(git).spec.timeout, '60s');
});

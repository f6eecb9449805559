import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeYamlDocuments } from '../../../src/build/kustomize/index.js';
import { fastYamlDocuments } from '../../../src/build/kustomize/yaml/fast-yaml.js';
import { fullYamlDocuments } from '../../../src/build/kustomize/yaml/decode-yaml.js';
import { jsonEqual } from '../../../src/lib/strategic-merge/index.js';
import { fixture } from '../../support/repo-root.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return yamlFiles(p);
    return /\.(ya?ml|json)$|^Kustomization$/.test(n) ? [p] : [];
  });
}

test('the fast reader agrees with the full YAML parser on every fixture it accepts', () => {
  let accepted = 0;
  for (const f of yamlFiles(fixture('kustomize', 'cases'))) {
    const text = readFileSync(f, 'utf8');
    let fast;
    try {
      fast = fastYamlDocuments(text);
    } catch {
      continue;
    }
    accepted++;
    const full = fullYamlDocuments(text, f);
    assert.equal(fast.length, full.length, f);
    fast.forEach((d, i) => {
      assert.ok(jsonEqual(d.value, full[i]!.value), `${f} document ${i + 1}`);
      assert.equal(d.line, full[i]!.line, `${f} document ${i + 1} line`);
    });
  }
  assert.ok(accepted > 300, `only ${accepted} fixture files took the fast path`);
});

test('scalars resolve like go-yaml v3 (Go integers, YAML 1.2 booleans, timestamps as RFC 3339)', () => {
  const [doc] = decodeYamlDocuments('a: 012\nb: 0x1F\nc: yes\nd: True\ne: 2024-01-02\nf: 1_000\ng: "012"\nh: ~\ni: 08\n', 'x.yaml');
  assert.deepEqual(doc!.value, { a: 10, b: 31, c: 'yes', d: true, e: '2024-01-02T00:00:00Z', f: 1000, g: '012', h: null, i: 8 });
});

test('anchors, aliases and merge keys are resolved by the full parser', () => {
  const [doc] = decodeYamlDocuments('base: &b {x: 1, y: 2}\nother:\n  <<: *b\n  y: 3\nref: *b\n', 'x.yaml');
  assert.deepEqual(doc!.value, { base: { x: 1, y: 2 }, other: { x: 1, y: 3 }, ref: { x: 1, y: 2 } });
});

test('literal blocks keep, clip or strip their final newlines', () => {
  const [doc] = decodeYamlDocuments('clip: |\n  a\n\nstrip: |-\n  b\nkeep: |+\n  c\n\nnext: 1\n', 'x.yaml');
  assert.deepEqual(doc!.value, { clip: 'a\n', strip: 'b', keep: 'c\n\n', next: 1 });
});

test('invalid YAML names the file, line and column', () => {
  assert.throws(() => decodeYamlDocuments('a: [1, 2\nb: 3\n', 'dir/file.yaml'), /^KustomizeError: dir\/file\.yaml:\d+:\d+: invalid YAML/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeYamlDocument } from '../../../src/build/kustomize/index.js';

test('keys are sorted as go-yaml sorts them (digit runs as numbers, letters after other characters)', () => {
  assert.equal(encodeYamlDocument({ item10: 1, item9: 2, b: 3, a: 4, _x: 5 }), '_x: 5\na: 4\nb: 3\nitem9: 2\nitem10: 1\n');
});

test('lists inside maps are not indented; maps inside lists start on the dash line', () => {
  assert.equal(encodeYamlDocument({ l: [{ a: 1, b: [1, 2] }, 'x', [], {}] }), 'l:\n- a: 1\n  b:\n  - 1\n  - 2\n- x\n- []\n- {}\n');
});

test('strings are quoted exactly where go-yaml quotes them', () => {
  const out = encodeYamlDocument({ a: 'yes', b: '1', c: 'a: b', d: 'plain text', e: '', f: 'tab\there', g: "it's", h: '- x' });
  assert.equal(out, 'a: "yes"\nb: "1"\nc: \'a: b\'\nd: plain text\ne: ""\nf: "tab\\there"\ng: it\'s\nh: \'- x\'\n');
});

test('multi-line strings become literal blocks with the right chomping', () => {
  assert.equal(encodeYamlDocument({ a: 'x\ny\n', b: 'x\ny', c: 'x\n\n' }), 'a: |\n  x\n  y\nb: |-\n  x\n  y\nc: |+\n  x\n\n');
});

test('long plain strings fold at 80 columns', () => {
  const long = `${'a'.repeat(78)} ${'b'.repeat(10)}`;
  assert.equal(encodeYamlDocument({ k: long }), `k: ${'a'.repeat(78)}\n  ${'b'.repeat(10)}\n`);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatRevision, normalizeRevision, parseRevision, revisionDigest, sameRevision, shortRevision } from '../../src/lib/revision.js';

const SHA1 = '5394cb7f48332b2de7c17dd8b8384bbc84b7e738';
const SHA256 = 'd41d8cd98f00b204e9800998ecf8427ed41d8cd98f00b204e9800998ecf8427e';

test('branch@sha1 revisions split into ref, algorithm and digest', () => {
  assert.deepEqual(parseRevision(`main@sha1:${SHA1}`), { ref: 'main', algorithm: 'sha1', hex: SHA1, legacy: false });
  assert.deepEqual(parseRevision(`refs/heads/feature/x@sha1:${SHA1}`), { ref: 'refs/heads/feature/x', algorithm: 'sha1', hex: SHA1, legacy: false });
  assert.deepEqual(parseRevision(`v1.2.3@sha256:${SHA256}`), { ref: 'v1.2.3', algorithm: 'sha256', hex: SHA256, legacy: false });
});

test('bare digests and chart versions parse', () => {
  assert.deepEqual(parseRevision(`sha256:${SHA256}`), { algorithm: 'sha256', hex: SHA256, legacy: false });
  assert.deepEqual(parseRevision('1.2.3'), { ref: '1.2.3', legacy: false });
  assert.deepEqual(parseRevision('1.2.3+abc'), { ref: '1.2.3+abc', legacy: false });
});

test('legacy main/<hex> revisions become Flux 2 form', () => {
  assert.deepEqual(parseRevision(`main/${SHA1}`), { ref: 'main', algorithm: 'sha1', hex: SHA1, legacy: true });
  assert.equal(normalizeRevision(`main/${SHA1}`), `main@sha1:${SHA1}`);
  assert.equal(normalizeRevision(`feature/x/${SHA1}`), `feature/x@sha1:${SHA1}`);
  assert.equal(normalizeRevision(SHA1), `sha1:${SHA1}`);
  assert.equal(normalizeRevision(SHA256), `sha256:${SHA256}`);
  assert.equal(normalizeRevision(`main@sha1:${SHA1}`), `main@sha1:${SHA1}`);
});

test('revisions compare by digest, so legacy and current forms of one commit are equal', () => {
  assert.ok(sameRevision(`main@sha1:${SHA1}`, `main/${SHA1}`));
  assert.ok(sameRevision(`main@sha1:${SHA1}`, `sha1:${SHA1}`));
  assert.ok(sameRevision(`main@sha1:${SHA1.toUpperCase()}`, `main@sha1:${SHA1}`));
  assert.ok(!sameRevision(`main@sha1:${SHA1}`, `main@sha1:${'0'.repeat(40)}`));
  assert.ok(sameRevision('1.2.3', '1.2.3'));
  assert.ok(!sameRevision('1.2.3', '1.2.4'));
  assert.equal(revisionDigest('1.2.3'), undefined);
  assert.equal(revisionDigest(`main@sha1:${SHA1}`), `sha1:${SHA1}`);
});

test('formatting and shortening', () => {
  assert.equal(formatRevision({ ref: 'main', algorithm: 'sha1', hex: SHA1 }), `main@sha1:${SHA1}`);
  assert.equal(formatRevision({ algorithm: 'sha256', hex: SHA256 }), `sha256:${SHA256}`);
  assert.equal(formatRevision({ ref: '6.5.0' }), '6.5.0');
  assert.equal(shortRevision(`main@sha1:${SHA1}`), 'main@sha1:5394cb7f');
  assert.equal(shortRevision('6.5.0'), '6.5.0');
});

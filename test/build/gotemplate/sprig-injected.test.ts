import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TemplateSet, sprigFuncs, type SprigOptions } from '../../../src/build/gotemplate/index.js';

function render(text: string, options: SprigOptions, data: unknown = {}): string {
  const set = new TemplateSet({ funcs: sprigFuncs(options) });
  set.parse('t', text);
  return set.execute('t', data);
}

const fixed = Date.UTC(2024, 2, 5, 17, 8, 9, 250);

describe('sprig with an injected clock and randomness', () => {
  test('now and date use the injected clock', () => {
    assert.equal(render('{{ now | date "2006-01-02 15:04:05.000" }}', { now: () => fixed }), '2024-03-05 17:08:09.250');
    assert.equal(render('{{ now }}', { now: () => fixed }), '2024-03-05 17:08:09.25 +0000 UTC');
  });

  test('the Local zone is configurable', () => {
    const out = render('{{ now | date "15:04 MST -07:00" }}', { now: () => fixed, localZone: { name: 'CET', offsetSec: 3600 } });
    assert.equal(out, '18:08 CET +01:00');
  });

  test('ago and durationRound measure from the injected now', () => {
    const opts = { now: () => fixed };
    assert.equal(render('{{ ago (toDate "2006-01-02" "2024-03-05") }}', opts), '17h8m9s');
    assert.equal(render('{{ durationRound (toDate "2006-01-02" "2024-02-01") }}', opts), '1mo');
  });

  test('random functions draw from the injected bytes', () => {
    let i = 0;
    const opts = { randomBytes: (n: number) => Uint8Array.from({ length: n }, () => i++ % 256) };
    assert.equal(render('{{ randAlphaNum 5 }}', opts), 'abcde');
    i = 0;
    assert.equal(render('{{ uuidv4 }}', opts), '00010203-0405-4607-8809-0a0b0c0d0e0f');
  });

  test('genPrivateKey makes a PEM key', () => {
    assert.match(render('{{ genPrivateKey "ecdsa" }}', {}), /^-----BEGIN EC PRIVATE KEY-----\n[\s\S]+-----END EC PRIVATE KEY-----\n$/);
  });
});

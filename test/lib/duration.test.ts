import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalDuration, formatDuration, isFluxDuration, parseDuration, parseDurationNs } from '../../src/lib/duration.js';
import { isInvalidDurationError } from '../../src/lib/invalid-duration-error.js';

test('Go duration strings parse to milliseconds as time.ParseDuration does', () => {
  const cases: Array<[string, number]> = [
    ['1h30m', 5_400_000],
    ['90s', 90_000],
    ['1.5h', 5_400_000],
    ['500ms', 500],
    ['1m0s', 60_000],
    ['0', 0],
    ['-1.5s', -1_500],
    ['+2m', 120_000],
    ['.5s', 500],
    ['5.s', 5_000],
    ['2h45m30.5s', 9_930_500],
    ['1us', 0.001],
    ['1µs', 0.001],
    ['250ns', 0.00025],
    ['24h', 86_400_000],
  ];
  for (const [input, ms] of cases) assert.equal(parseDuration(input), ms, input);
});

test('fractions are truncated to whole nanoseconds like Go', () => {
  assert.equal(parseDurationNs('1.0000000009s'), 1_000_000_000n);
  assert.equal(parseDurationNs('0.3333333333h'), 1_199_999_999_880n);
});

test('durations format in Go canonical form', () => {
  const cases: Array<[number, string]> = [
    [5_400_000, '1h30m0s'],
    [60_000, '1m0s'],
    [500, '500ms'],
    [1_500, '1.5s'],
    [0, '0s'],
    [90_000, '1m30s'],
    [3_600_000, '1h0m0s'],
    [0.001, '1µs'],
    [1.5, '1.5ms'],
    [86_400_000, '24h0m0s'],
    [-90_000, '-1m30s'],
    [600_000, '10m0s'],
  ];
  for (const [ms, text] of cases) assert.equal(formatDuration(ms), text, String(ms));
});

test('Flux spec values round-trip to the form kubectl get shows', () => {
  assert.equal(canonicalDuration('1m'), '1m0s');
  assert.equal(canonicalDuration('60s'), '1m0s');
  assert.equal(canonicalDuration('1h'), '1h0m0s');
  assert.equal(canonicalDuration('10m'), '10m0s');
  assert.equal(canonicalDuration('1.5h'), '1h30m0s');
  assert.equal(canonicalDuration('100ms'), '100ms');
});

test('malformed durations are refused with an error naming the value', () => {
  const bad: Array<[string, RegExp]> = [
    ['', /invalid duration "": empty string/],
    ['5x', /invalid duration "5x": unknown unit "x"/],
    ['10', /invalid duration "10": missing unit/],
    ['1h30', /invalid duration "1h30": missing unit after "30"/],
    ['abc', /invalid duration "abc": expected a number/],
    ['-', /invalid duration "-": a sign needs a number/],
    ['1d', /unknown unit "d"/],
    ['9999999999h', /larger than Go allows/],
  ];
  for (const [input, message] of bad) {
    assert.throws(
      () => parseDuration(input),
      (err: unknown) => isInvalidDurationError(err) && err.value === input && message.test(err.message),
      input,
    );
  }
});

test('the Flux CRD pattern accepts what Flux accepts and nothing Go-only', () => {
  for (const ok of ['1m', '1m0s', '1.5h', '500ms', '1h30m0s']) assert.ok(isFluxDuration(ok), ok);
  for (const no of ['0', '1us', '-1m', '1d', '', '5 m']) assert.ok(!isFluxDuration(no), no);
});

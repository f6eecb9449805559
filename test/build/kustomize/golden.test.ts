import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGoldenCases, loadSkipList, runGoldenCase, type Outcome } from './golden-cases.js';

// Every case was built by the real kustomize (test/fixtures/kustomize/generate.sh); our engine must print the same
// bytes (or at least the same objects in the same order), or fail where kustomize fails.
const cases = loadGoldenCases();
const skip = loadSkipList();
const tally: Record<Outcome | 'skipped', number> = {
  identical: 0, 'equal-objects': 0, different: 0, 'error-as-expected': 0, 'unexpected-error': 0, 'missing-error': 0, skipped: 0,
};

describe('kustomize golden cases (expected output from kubectl kustomize)', () => {
  for (const c of cases) {
    const reason = skip[c.name];
    test(c.name, { skip: reason ?? false }, () => {
      const r = runGoldenCase(c);
      tally[r.outcome]++;
      if (c.expected === undefined) {
        assert.equal(r.outcome, 'error-as-expected', `kustomize fails on this input (${c.expectedError?.trim()}); we printed:\n${r.actual}`);
        if (c.expectError) assert.ok(r.error!.includes(c.expectError), `error should mention "${c.expectError}": ${r.error}`);
        return;
      }
      assert.ok(r.outcome === 'identical' || r.outcome === 'equal-objects',
        r.error ? `unexpected error: ${r.error}` : `output differs from kustomize:\n--- ours\n${r.actual}\n--- kustomize\n${c.expected}`);
    });
  }
  after(() => {
    tally.skipped = Object.keys(skip).filter((n) => cases.some((c) => c.name === n)).length;
    const outputs = cases.filter((c) => c.expected !== undefined).length;
    console.log(`kustomize goldens: ${cases.length} cases (${outputs} outputs, ${cases.length - outputs} errors); `
      + `${tally.identical} byte-identical, ${tally['equal-objects']} equal objects in order, ${tally['error-as-expected']} failed as kustomize does, `
      + `${tally.skipped} skipped, ${tally.different + tally['unexpected-error'] + tally['missing-error']} wrong`);
  });
});

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fixture } from '../../support/repo-root.js';
import { renderCase } from './helm-like-set.js';

interface GoldenCase { name: string; template: string; values?: unknown; expected?: string; match?: string; expectedError?: string }

/** Cases where we knowingly differ from Helm, each with the reason. */
const skipped: Record<string, string> = {
  'percent v of an int64 from a math function': 'Go int and int64 are both JS bigint in our value model; %T says int',
};

const dir = fixture('gotemplate');
const families = readdirSync(dir).filter((f) => f.endsWith('.golden.json')).sort();
let total = 0;
let passed = 0;

for (const file of families) {
  const golden = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as { values: unknown; cases: GoldenCase[] };
  describe(`Go templates as helm renders them: ${file.replace('.golden.json', '')}`, () => {
    for (const c of golden.cases) {
      test(c.name, { skip: skipped[c.name] ?? false }, () => {
        total++;
        const values = c.values ?? golden.values;
        if (c.expectedError !== undefined) {
          const r = renderCase(c.template, values, 'gt/templates/case.yaml');
          assert.deepEqual(r, { ok: false, err: c.expectedError });
        } else {
          const r = renderCase(c.template, values, 'gt/templates/_case.tpl');
          if (!r.ok) assert.fail(r.err);
          if (c.match !== undefined) assert.match(r.out, new RegExp(c.match, 's'));
          else assert.equal(r.out, c.expected);
        }
        passed++;
      });
    }
  });
}

test('golden pass count', () => {
  console.log(`gotemplate goldens: ${passed}/${total} passed, ${Object.keys(skipped).length} skipped with reasons`);
});

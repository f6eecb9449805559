import { loadGoldenCases, runGoldenCase } from '../../test/build/kustomize/golden-cases.js';
const counts: Record<string, number> = {};
for (const c of loadGoldenCases()) {
  const r = runGoldenCase(c);
  counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
  if (r.outcome !== 'identical' && r.outcome !== 'error-as-expected') console.log(c.name, r.outcome, r.error ?? '');
  if (r.outcome === 'error-as-expected' && c.expectError && !r.error!.includes(c.expectError)) console.log(c.name, 'ERRMSG', r.error);
}
console.log(counts);

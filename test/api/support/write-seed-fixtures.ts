// Regenerates test/fixtures/api/seeds/ from the seed guides:
//   node --import tsx test/api/support/write-seed-fixtures.ts /work/shared/seeds
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { fixture } from '../../support/repo-root.js';
import { extractFluxManifests } from './seed-manifests.js';

const seedsDir = process.argv[2] ?? '/work/shared/seeds';
const outDir = fixture('api', 'seeds');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
let count = 0;
for (const seed of readdirSync(seedsDir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort()) {
  for (const m of extractFluxManifests(seed, readFileSync(join(seedsDir, seed), 'utf8'))) {
    const meta = (m.object.metadata ?? {}) as { name?: string };
    const file = `${seed.slice(0, 3)}-b${String(m.block).padStart(2, '0')}-d${m.doc}-${String(m.object.kind).toLowerCase()}-${meta.name ?? 'unnamed'}.yaml`;
    writeFileSync(join(outDir, file), `# extracted from ${seed}, code block ${m.block}, document ${m.doc}\n${stringify(m.object)}`);
    count += 1;
  }
}
console.log(`wrote ${count} Flux manifests to ${outDir}`);

// Prints Fluxion's Flux CRDs as multi-document YAML (or writes one file per CRD into a directory):
//   node --import tsx scripts/gen-crds.ts            > crds.yaml
//   node --import tsx scripts/gen-crds.ts data/crds
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { fluxCrds } from '../src/api/crds.js';

const outDir = process.argv[2];
const crds = fluxCrds();
if (outDir) {
  mkdirSync(outDir, { recursive: true });
  for (const crd of crds) writeFileSync(join(outDir, `${(crd.metadata as { name: string }).name}.yaml`), stringify(crd));
  console.error(`wrote ${crds.length} CRDs to ${outDir}`);
} else {
  process.stdout.write(crds.map((c) => `---\n${stringify(c)}`).join(''));
}

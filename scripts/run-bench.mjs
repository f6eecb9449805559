#!/usr/bin/env node
// Runs every compiled benchmark (dist/bench/**/*.bench.js) one after another; arguments filter by substring.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = 'dist/bench';
const filters = process.argv.slice(2);
const walk = (dir) =>
  readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.bench.js') ? [p] : [];
  });
const files = existsSync(root) ? walk(root).filter((f) => !filters.length || filters.some((s) => f.includes(s))).sort() : [];
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', file], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
console.log(`\n${files.length - failed} benchmarks ran, ${failed} failed`);
process.exit(failed ? 1 : 0);

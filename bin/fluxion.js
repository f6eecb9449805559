#!/usr/bin/env node
// The CLI is compiled by `npm install` (the `prepare` script) into dist/.
import { main } from '../dist/src/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`✗ ${err instanceof Error ? err.message : String(err)}\n`); process.exitCode = 1; },
);

#!/usr/bin/env node
// `npm install` (the `prepare` script) compiles the CLI into dist/ and bundles it into dist/cli/.
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`✗ ${err instanceof Error ? err.message : String(err)}\n`); process.exitCode = 1; },
);

#!/usr/bin/env node
// Bundles the compiled CLI (dist/src/cli/main.js) into dist/cli/: one file for the entry and one chunk per lazily loaded
// command, so that a command loads a few files instead of a few hundred modules (Node resolves, reads and compiles
// each module on its own; for `fluxion helm template` that was a fifth of the whole run). bin/fluxion.js runs the
// bundle; tests and the controllers' own processes use dist/src as compiled.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = 'dist/cli';
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: 'dist/src/cli/main.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Loaded from node_modules as installed: a native addon; client-node (only for kubeconfigs with exec or
  // auth-provider users, and large); pino, whose transports start workers from files next to its own.
  external: ['better-sqlite3', '@kubernetes/client-node', 'pino'],
  // CommonJS packages inside an ES module bundle call require() for Node's built-in modules.
  banner: { js: "import { createRequire as __fluxionCreateRequire } from 'node:module'; const require = __fluxionCreateRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});

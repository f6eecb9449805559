import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../lib/package-root.js';

/** `fluxion version`: the CLI's version. */
export function registerVersion(program: Command): void {
  program
    .command('version')
    .description('print the fluxion version')
    .action(() => {
      const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
      process.stdout.write(`fluxion: v${pkg.version}\n`);
    });
}

import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../lib/package-root.js';
import { cliIO } from '../cli-io.js';

/** `fluxion version`: the CLI's version. */
export function registerVersion(program: Command): void {
  program
    .command('version')
    .description('print the fluxion version')
    .action((_flags: unknown, cmd: Command) => {
      const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
      cliIO(cmd).stdout.write(`fluxion: v${pkg.version}\n`);
    });
}

import type { Command } from 'commander';
import { readFileSync } from 'node:fs';

/** `fluxion version`: the CLI's version. */
export function registerVersion(program: Command): void {
  program
    .command('version')
    .description('print the fluxion version')
    .action(() => {
      const pkg = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version: string };
      process.stdout.write(`fluxion: v${pkg.version}\n`);
    });
}

import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { DiskFileSystem } from '../../build/fs/index.js';
import { kustomizeBuild, renderKustomizeYaml } from '../../build/kustomize/index.js';
import { cliIO } from '../cli-io.js';

/** The directory builds are confined to: the enclosing Git work tree, else the current directory when DIR is inside it, else DIR. */
function confinementRoot(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) break;
  }
  const cwd = process.cwd();
  return dir === cwd || dir.startsWith(cwd + sep) ? cwd : dir;
}

/** `fluxion kustomize build DIR`: prints what `kustomize build DIR` prints; errors go to stderr with exit code 1. */
export function registerKustomize(program: Command): void {
  const kustomize = program.command('kustomize').description('kustomize operations, with the built-in engine');
  kustomize
    .command('build')
    .description('build a kustomization directory and print the objects as YAML')
    .argument('<dir>', 'directory holding a kustomization.yaml')
    .option('--root <dir>', 'directory files may be read from (default: the enclosing Git work tree)')
    .option('--load-restrictor <mode>', 'LoadRestrictionsRootOnly (default) or LoadRestrictionsNone', 'LoadRestrictionsRootOnly')
    .action((dirArg: string, opts: { root?: string; loadRestrictor: string }, cmd: Command) => {
      const io = cliIO(cmd);
      const dir = resolve(dirArg);
      const root = resolve(opts.root ?? confinementRoot(dir));
      try {
        if (!existsSync(dir)) throw new Error(`${dirArg}: no such directory`);
        const rel = relative(root, dir).split(sep).join('/');
        const objects = kustomizeBuild(new DiskFileSystem(root), rel, {
          loadRestrictions: opts.loadRestrictor === 'LoadRestrictionsNone' ? 'none' : 'rootOnly',
        });
        io.stdout.write(renderKustomizeYaml(objects));
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const hint = /outside the root/.test(message) ? ` (builds may read only below ${root}; widen with --root)` : '';
        io.stderr.write(`✗ ${message}${hint}\n`);
        process.exitCode = 1;
      }
    });
}

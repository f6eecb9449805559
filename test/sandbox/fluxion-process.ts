import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../support/repo-root.js';

/** A `fluxion` child process with its output collected. */
export interface FluxionProcess {
  child: ChildProcess;
  pid: number;
  output(): string;
  /** Resolves when the collected stdout+stderr matches, or rejects with what was printed (also if the process exits). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string>;
}

/**
 * Spawns `fluxion ARGS…`: `node bin/fluxion.js` when running compiled (npm test), else the TypeScript sources
 * through tsx, so the same test runs both ways.
 */
export function spawnFluxion(args: string[], env: NodeJS.ProcessEnv = process.env): FluxionProcess {
  const compiled = fileURLToPath(import.meta.url).endsWith('.js');
  const argv = compiled
    ? [join(repoRoot, 'bin', 'fluxion.js'), ...args]
    : ['--import', 'tsx', join(repoRoot, 'test', 'sandbox', 'fluxion-cli.ts'), ...args];
  const child = spawn(process.execPath, argv, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (s: string) => { out += s; });
  child.stderr!.setEncoding('utf8').on('data', (s: string) => { out += s; });
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  let ended = false;
  void exited.then(() => { ended = true; });
  return {
    child,
    pid: child.pid!,
    output: () => out,
    async waitFor(pattern, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(out)) {
        if (ended) throw new Error(`fluxion exited before printing ${pattern}:\n${out}`);
        if (Date.now() > deadline) throw new Error(`fluxion never printed ${pattern} in ${timeoutMs} ms:\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    exited,
  };
}

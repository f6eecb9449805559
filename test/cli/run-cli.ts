import { main } from '../../src/cli/main.js';

/** What a user sees from one `fluxion` command. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A command still running (`--watch`, `--follow`, `up`): read its output so far, then stop it as Ctrl-C would. */
export interface RunningCli {
  output(): { stdout: string; stderr: string };
  /** Waits until stdout matches, or throws with what was printed. */
  waitForStdout(pattern: RegExp, timeoutMs?: number): Promise<void>;
  stop(): Promise<CliResult>;
}

/**
 * Starts `fluxion ARGS…` in-process with in-memory stdout/stderr (so tests never touch the runner's own streams)
 * and, when given, `--kubeconfig` prepended.
 */
export function startCli(args: string[], kubeconfig?: string): RunningCli {
  let stdout = '';
  let stderr = '';
  const stop = new AbortController();
  const done = main(kubeconfig ? ['--kubeconfig', kubeconfig, ...args] : args, {
    stdout: { write: (s: string) => { stdout += s; } },
    stderr: { write: (s: string) => { stderr += s; } },
    signal: stop.signal,
  });
  return {
    output: () => ({ stdout, stderr }),
    async waitForStdout(pattern, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(stdout)) {
        if (Date.now() > deadline) throw new Error(`stdout never matched ${pattern}:\n${stdout}\nstderr:\n${stderr}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop() {
      stop.abort();
      const code = await done;
      return { code, stdout, stderr };
    },
  };
}

/** Runs `fluxion ARGS…` in-process to completion and returns its exit code and output. */
export async function runCli(args: string[], kubeconfig?: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(kubeconfig ? ['--kubeconfig', kubeconfig, ...args] : args, {
    stdout: { write: (s: string) => { stdout += s; } },
    stderr: { write: (s: string) => { stderr += s; } },
  });
  return { code, stdout, stderr };
}

import { Command } from 'commander';
import { registerHelm } from '../../../src/cli/commands/helm.js';

/** What one `fluxion helm …` run printed and its exit code. */
export interface CliRun {
  stdout: string;
  stderr: string;
  code: number;
}

/** Runs `fluxion helm ARGS` in this process through the real command definition, capturing its output. */
export async function runHelmCli(args: string[]): Promise<CliRun> {
  const run: CliRun = { stdout: '', stderr: '', code: 0 };
  const program = new Command('fluxion').exitOverride();
  registerHelm(program, {
    stdout: (s) => { run.stdout += s; },
    stderr: (s) => { run.stderr += s; },
    setExitCode: (c) => { run.code = c; },
  });
  await program.parseAsync(['helm', ...args], { from: 'user' });
  return run;
}

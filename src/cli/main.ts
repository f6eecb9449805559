import { CommanderError } from 'commander';
import { FluxionProgram, type CliIO } from './cli-io.js';
import { cliVersion } from './cli-version.js';
import { loadCommands } from './commands/index.js';
import { isExitError } from './exit-error.js';
import { addGlobalFlags } from './global-flags.js';
import { useLongRunningHeap } from '../lib/long-running-heap.js';

const processIO = (): CliIO => ({ stdout: process.stdout, stderr: process.stderr });

// Verbs that run until stopped: their heap is set up for a long life before their modules load.
const longRunningVerbs = new Set(['up', 'controllers', 'cluster']);

// Global flags that take a value as the next argument (so it is not mistaken for the verb).
const flagsWithValue = new Set(['--kubeconfig', '--context', '-n', '--namespace', '--timeout']);

/** The verb of a command line (`get` in `fluxion -n apps get ks`), or undefined when there is none. */
export function verbOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-')) return arg;
    if (flagsWithValue.has(arg)) i++;
  }
  return undefined;
}

/**
 * Runs the `fluxion` CLI with the given arguments and resolves to the exit code; never rejects. Errors are printed
 * on `io.stderr` as `✗ message`, nothing on stdout. `io` defaults to the process's streams.
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const program = new FluxionProgram(io)
    .description('GitOps for Kubernetes: Flux\'s APIs, a local sandbox, one binary')
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) })
    .version(`fluxion version ${cliVersion()}`, '--version', 'print the fluxion version')
    .showHelpAfterError()
    .exitOverride();
  addGlobalFlags(program);
  const verb = verbOf(argv);
  if (verb !== undefined && longRunningVerbs.has(verb)) useLongRunningHeap();
  for (const register of await loadCommands(verb)) register(program);
  // Some verbs report failure through process.exitCode; isolate this run's code from the caller's.
  const before = process.exitCode;
  process.exitCode = undefined;
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (isExitError(err)) {
      if (err.message) io.stderr.write(`✗ ${err.message}\n`);
      return err.code;
    }
    io.stderr.write(`✗ ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    process.exitCode = before;
  }
}

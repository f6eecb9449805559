import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import { addGlobalFlags } from './global-flags.js';

/** Runs the `fluxion` CLI with the given arguments and resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('fluxion')
    .description('GitOps for Kubernetes: Flux\'s APIs, a local sandbox, one binary')
    .showHelpAfterError()
    .exitOverride();
  addGlobalFlags(program);
  for (const register of commands) register(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    throw err;
  }
}

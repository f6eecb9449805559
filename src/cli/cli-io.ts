import { Command } from 'commander';

/** Where a command writes: a stream or anything with `write` (tests pass in-memory sinks). */
export interface OutputSink {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** A CLI run's outputs and, for long-running verbs (`--watch`, `--follow`, `up`), a signal that ends them. */
export interface CliIO {
  stdout: OutputSink;
  stderr: OutputSink;
  /** Aborting ends a watching command as Ctrl-C would. */
  signal?: AbortSignal;
}

/** The root `fluxion` command, carrying the run's outputs so that every subcommand writes to the same place. */
export class FluxionProgram extends Command {
  constructor(readonly io: CliIO) {
    super('fluxion');
  }
}

/** The outputs of the run a (sub)command belongs to; the process's own streams outside `main`. */
export function cliIO(cmd: Command): CliIO {
  let root: Command = cmd;
  while (root.parent) root = root.parent;
  return root instanceof FluxionProgram ? root.io : { stdout: process.stdout, stderr: process.stderr };
}

/**
 * A signal aborted by Ctrl-C (SIGINT/SIGTERM) or by the run's own signal, whichever comes first; `dispose`
 * removes the process listeners so that finished commands leave none behind.
 */
export function interruptSignal(cmd: Command): { signal: AbortSignal; dispose(): void } {
  const stop = new AbortController();
  const abort = (): void => stop.abort();
  const outer = cliIO(cmd).signal;
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  outer?.addEventListener('abort', abort, { once: true });
  if (outer?.aborted) stop.abort();
  return {
    signal: stop.signal,
    dispose() {
      process.removeListener('SIGINT', abort);
      process.removeListener('SIGTERM', abort);
      outer?.removeEventListener('abort', abort);
    },
  };
}

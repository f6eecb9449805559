/**
 * Ends a command with an exit code. With a message, `main` prints it on stderr as `✗ message`; without one the
 * command has already said what it had to (e.g. `diff` printed the changes and exits 1).
 */
export class ExitError extends Error {
  override name = 'ExitError';

  constructor(readonly code: number, message = '') {
    super(message);
  }
}

/** Whether an error carries its own exit code. */
export function isExitError(err: unknown): err is ExitError {
  return err instanceof ExitError;
}

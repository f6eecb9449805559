/** `--show-only` naming a template that rendered nothing, worded as Helm. */
export class ShowOnlyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShowOnlyError';
  }
}

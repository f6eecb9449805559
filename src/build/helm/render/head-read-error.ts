/** A rendered document that is not YAML, or whose head Helm could not decode; the message is Helm's. */
export class HeadReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HeadReadError';
  }
}

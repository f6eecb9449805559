/** A `--set` string Helm would refuse; the message is Helm's (`key "a" has no value`). */
export class SetParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SetParseError';
  }
}

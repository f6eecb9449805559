/** A template that does not parse; the message is Go's: `template: NAME:LINE: MESSAGE`. */
export class TemplateParseError extends Error {
  override readonly name = 'TemplateParseError';
  constructor(
    message: string,
    /** The template (file) name being parsed. */
    readonly templateName: string,
    /** 1-based line of the error. */
    readonly line: number,
    /** The message without the `template: NAME:LINE: ` prefix. */
    readonly reason: string,
  ) {
    super(message);
  }
}

/** Type guard for TemplateParseError. */
export function isTemplateParseError(e: unknown): e is TemplateParseError {
  return e instanceof TemplateParseError;
}

/** Token kinds of Flux's envsubst scanner (a fork of drone/envsubst). */
export const enum Token { Illegal, EOF, Ident, Lbrack, Rbrack }

/** Mode bits: which tokens `scan()` may produce. */
export const ScanIdent = 1;
export const ScanLbrack = 2;
export const ScanRbrack = 4;
export const ScanEscape = 8;

/** Escape bits: `$$` → `$` (dollar) and `\/`, `\\` (backslash). */
export const EscapeDollar = 1;
export const EscapeBackslash = 2;
export const EscapeAll = EscapeDollar | EscapeBackslash;

/** Whether a rune at position `i` of the current token is part of it. */
export type Accept = (ch: string, i: number) => boolean;

/**
 * A rune scanner with the exact token rules of Flux's envsubst: `${` opens a substitution, escapes are
 * removed from the buffer as they are read, and each parser step sets which runes it accepts.
 */
export class Scanner {
  private buf: string;
  private pos = 0;
  private start = 0;
  private width = 0;
  mode = 0;
  escapeChars = 0;
  accept: Accept = () => true;

  constructor(text: string) {
    this.buf = text;
  }

  read(): string {
    if (this.pos >= this.buf.length) {
      this.width = 0;
      return '';
    }
    const cp = this.buf.codePointAt(this.pos)!;
    const ch = String.fromCodePoint(cp);
    this.width = ch.length;
    this.pos += this.width;
    return ch;
  }

  unread(): void {
    this.pos -= this.width;
  }

  peek(): string {
    const ch = this.read();
    this.unread();
    return ch;
  }

  /** The text of the token last scanned. */
  text(): string {
    return this.buf.slice(this.start, this.pos);
  }

  scan(): Token {
    this.start = this.pos;
    const ch = this.read();
    if (ch === '') return Token.EOF;
    if (this.scanLbrack(ch)) return Token.Lbrack;
    if (this.mode & ScanRbrack && ch === '}') return Token.Rbrack;
    if (this.scanIdent(ch)) return Token.Ident;
    return Token.Illegal;
  }

  // Removes the escape character just read, so the escaped one becomes part of the token.
  private skip(): void {
    this.buf = this.buf.slice(0, this.pos - 1) + this.buf.slice(this.pos);
  }

  private scanLbrack(ch: string): boolean {
    if (!(this.mode & ScanLbrack) || ch !== '$') return false;
    if (this.read() === '{') return true;
    this.unread();
    return false;
  }

  private scanEscaped(ch: string): boolean {
    if (!(this.mode & ScanEscape)) return false;
    if (ch === '$' && this.escapeChars & EscapeDollar && this.peek() === '$') return true;
    if (ch === '\\' && this.escapeChars & EscapeBackslash) {
      const next = this.peek();
      return next === '/' || next === '\\';
    }
    return false;
  }

  private scanIdent(first: string): boolean {
    if (!(this.mode & ScanIdent)) return false;
    if (this.scanEscaped(first)) this.skip();
    else if (!this.accept(first, this.pos - this.start)) return false;
    for (;;) {
      const ch = this.read();
      if (ch === '') {
        this.unread();
        return true;
      }
      if (this.scanLbrack(ch)) {
        this.unread();
        this.unread();
        return true;
      }
      if (this.scanEscaped(ch)) {
        this.skip();
        continue;
      }
      if (!this.accept(ch, this.pos - this.start)) {
        this.unread();
        return true;
      }
    }
  }
}

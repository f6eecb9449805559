import type { OutputSink } from '../cli-io.js';

/** Where progress lines go: stderr, like flux (stdout stays clean for data). */
export type MessageSink = OutputSink;

/** Flux's progress vocabulary: ► action, ✔ success, ✗ failure, ◎ waiting, ⚠ warning. */
export class Messages {
  constructor(private readonly out: MessageSink = process.stderr) {}

  action(text: string): void { this.line('►', text); }
  success(text: string): void { this.line('✔', text); }
  failure(text: string): void { this.line('✗', text); }
  waiting(text: string): void { this.line('◎', text); }
  warning(text: string): void { this.line('⚠️', text); }

  private line(symbol: string, text: string): void {
    this.out.write(`${symbol} ${text}\n`);
  }
}

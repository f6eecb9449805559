import type { ApiLogger } from '../api-context.js';

/**
 * A coalescing queue for in-process controllers: adding a key already pending does nothing, work runs after
 * `delayMs` outside the caller's stack (so handlers never re-enter storage while it publishes), and a failure
 * is logged and retried once after a second. `close()` cancels everything pending.
 */
export class WorkQueue {
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly work: (key: string) => void, private readonly log: ApiLogger, private readonly name: string) {}

  /** Schedules `key` after `delayMs` unless it is already pending. */
  add(key: string, delayMs = 0, attempt = 0): void {
    if (this.closed || this.pending.has(key)) return;
    const timer = setTimeout(() => {
      this.pending.delete(key);
      try {
        this.work(key);
      } catch (err) {
        this.log.warn({ controller: this.name, key, err: (err as Error).message }, 'controller work failed');
        if (attempt < 3) this.add(key, 1000, attempt + 1);
      }
    }, delayMs);
    timer.unref();
    this.pending.set(key, timer);
  }

  /** Cancels pending work and accepts no more. */
  close(): void {
    this.closed = true;
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
  }
}

/** Processes one key; `signal` aborts when the key changes again (or on shutdown) so long waits end early. */
export type KeyHandler = (key: string, signal: AbortSignal) => Promise<void>;

/** Options of a work queue: how many keys run at once, and a hook that sees the number of keys waiting. */
export interface WorkQueueOptions {
  concurrency: number;
  onDepth?: (depth: number) => void;
}

// setTimeout cannot wait longer than 2^31-1 ms (~24.8 days); longer delays re-arm.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A level-triggered keyed work queue (keys `kind/namespace/name`): adding a queued key is a no-op, a key never
 * runs twice at once (an add while it runs marks it to run again right after), at most `concurrency` keys run
 * together, and delayed adds keep the earliest deadline. Each running key has its own AbortController.
 */
export class WorkQueue {
  private readonly ready: string[] = [];
  private readonly queued = new Set<string>();
  private readonly running = new Map<string, AbortController>();
  private readonly dirty = new Set<string>();
  private readonly timers = new Map<string, { at: number; timer: NodeJS.Timeout }>();
  private readonly idleWaiters: Array<() => void> = [];
  private handler: KeyHandler | undefined;
  private stopping = false;

  constructor(private readonly options: WorkQueueOptions) {}

  /** Queues `key` now. If it is running, it runs again afterwards; `abortRunning` also aborts the current run. */
  add(key: string, options: { abortRunning?: boolean } = {}): void {
    if (this.stopping) return;
    this.clearTimer(key);
    const current = this.running.get(key);
    if (current) {
      this.dirty.add(key);
      if (options.abortRunning) current.abort(new Error(`${key} changed while it was being reconciled`));
      return;
    }
    if (this.queued.has(key)) return;
    this.queued.add(key);
    this.ready.push(key);
    this.report();
    this.pump();
  }

  /** Queues `key` after `delayMs`, unless it is queued already or an earlier deadline is pending. */
  addAfter(key: string, delayMs: number): void {
    if (this.stopping) return;
    if (delayMs <= 0) return this.add(key);
    if (this.queued.has(key)) return;
    const at = Date.now() + delayMs;
    const pending = this.timers.get(key);
    if (pending && pending.at <= at) return;
    this.clearTimer(key);
    this.arm(key, at);
  }

  /** When `key` is due (ms since epoch) if it waits on a timer. */
  dueAt(key: string): number | undefined {
    return this.timers.get(key)?.at;
  }

  /** Drops everything about `key` (its object is gone) and aborts a run in progress. */
  forget(key: string): void {
    this.clearTimer(key);
    this.dirty.delete(key);
    if (this.queued.delete(key)) this.ready.splice(this.ready.indexOf(key), 1);
    this.running.get(key)?.abort(new Error(`${key} was deleted`));
    this.report();
  }

  /** Starts handing keys to `handler`. */
  start(handler: KeyHandler): void {
    this.handler = handler;
    this.pump();
  }

  /** Keys waiting to run (not counting running or timed keys): the `workqueue_depth` figure. */
  get depth(): number {
    return this.ready.length;
  }

  /** Keys running right now. */
  get active(): number {
    return this.running.size;
  }

  /** Stops taking keys, drops timers, optionally aborts running keys, and resolves when none is running. */
  async shutdown(options: { abort?: boolean } = {}): Promise<void> {
    this.stopping = true;
    for (const key of [...this.timers.keys()]) this.clearTimer(key);
    this.ready.length = 0;
    this.queued.clear();
    this.dirty.clear();
    if (options.abort) for (const c of this.running.values()) c.abort(new Error('controller is shutting down'));
    if (this.running.size > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    if (!this.handler || this.stopping) return;
    while (this.running.size < this.options.concurrency && this.ready.length > 0) {
      const key = this.ready.shift() as string;
      this.queued.delete(key);
      this.run(key, this.handler);
    }
    this.report();
  }

  private run(key: string, handler: KeyHandler): void {
    const controller = new AbortController();
    this.running.set(key, controller);
    handler(key, controller.signal)
      .catch(() => undefined) // the handler reports its own failures; the queue only sequences keys
      .finally(() => {
        this.running.delete(key);
        if (this.dirty.delete(key)) this.add(key);
        if (this.running.size === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
        this.pump();
      });
  }

  private arm(key: string, at: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(key);
      if (Date.now() < at) this.arm(key, at);
      else this.add(key);
    }, Math.min(Math.max(at - Date.now(), 0), MAX_TIMER_MS));
    timer.unref();
    this.timers.set(key, { at, timer });
  }

  private clearTimer(key: string): void {
    const pending = this.timers.get(key);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.timers.delete(key);
  }

  private report(): void {
    this.options.onDepth?.(this.ready.length);
  }
}

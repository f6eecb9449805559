import type { KubeObject } from '../kube-object.js';
import type { WatchEvent } from './watch-event.js';

// The history keeps each change as JSON only, so old object versions cost a compact string, not a live object.
interface LoggedEvent {
  type: WatchEvent['type'];
  storageKey: string;
  json: string;
  rv: number;
}

/** Receives events as they are stored; returning nothing. */
export type WatchListener = (event: WatchEvent) => void;

/**
 * Fans stored changes out to watchers and keeps the most recent events (at most `capacity` of them and
 * `maxBytes` of JSON) so a watch may resume from a recent resourceVersion; anything older than the retained
 * window is "too old" (410 Gone).
 */
export class WatchHub {
  private log: LoggedEvent[] = [];
  private head = 0;
  private bytes = 0;
  private readonly listeners = new Map<string, Set<WatchListener>>();
  private oldestRv: number;

  /** @param startRv the resourceVersion when the server started: history before it is not available. */
  constructor(private readonly capacity: number, startRv: number, private readonly maxBytes = 64 * 1024 * 1024) {
    this.oldestRv = startRv;
  }

  /** Records an event and hands it to the listeners of its storage key and to listeners of every key (`*`). */
  publish(event: WatchEvent): void {
    this.log.push({ type: event.type, storageKey: event.storageKey, json: event.json, rv: event.rv });
    this.bytes += event.json.length;
    while (this.head < this.log.length && (this.log.length - this.head > this.capacity || this.bytes > this.maxBytes)) {
      const dropped = this.log[this.head++] as LoggedEvent;
      this.bytes -= dropped.json.length;
      this.oldestRv = dropped.rv;
    }
    if (this.head > 1024 && this.head * 2 > this.log.length) {
      this.log = this.log.slice(this.head);
      this.head = 0;
    }
    for (const key of [event.storageKey, '*']) {
      const set = this.listeners.get(key);
      if (!set) continue;
      for (const l of set) {
        // A failing listener must neither fail the write that notified it nor starve the listeners after it.
        try {
          l(event);
        } catch {
          continue;
        }
      }
    }
  }

  /** Listens to one storage key (or `*` for all); returns the function that stops listening. */
  subscribe(storageKey: string, listener: WatchListener): () => void {
    const set = this.listeners.get(storageKey) ?? new Set<WatchListener>();
    set.add(listener);
    this.listeners.set(storageKey, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(storageKey);
    };
  }

  /** Retained events of a storage key after `rv`, or undefined when events after `rv` may have been dropped. */
  since(storageKey: string, rv: number): WatchEvent[] | undefined {
    if (rv < this.oldestRv) return undefined;
    const out: WatchEvent[] = [];
    for (let i = this.head; i < this.log.length; i++) {
      const e = this.log[i];
      if (e && e.rv > rv && e.storageKey === storageKey) out.push({ ...e, object: JSON.parse(e.json) as KubeObject });
    }
    return out;
  }

  /** The oldest resourceVersion a watch may start from. */
  get oldestResumableRv(): number {
    return this.oldestRv;
  }
}

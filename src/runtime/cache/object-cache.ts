import type { ClusterClient, KubeObject } from '../../cluster/client/index.js';
import { isGoneError } from '../../cluster/client/index.js';
import { ExponentialBackoff } from '../queue/exponential-backoff.js';
import { jitter } from '../queue/jitter.js';
import { abortableSleep } from '../abortable-sleep.js';

/** What the cache tells its owner; `onUpdate` gets the previous and the new version. */
export interface CacheHandlers {
  onAdd(obj: KubeObject): void;
  onUpdate(previous: KubeObject, obj: KubeObject): void;
  onDelete(obj: KubeObject): void;
  /** Called when the watch failed and will be retried (for logs). */
  onWatchError?(err: unknown, retryInMs: number): void;
}

/** Which objects to cache, and the reconnect backoff (defaults: 100 ms doubling to 30 s). */
export interface ObjectCacheOptions {
  apiVersion: string;
  kind: string;
  namespace?: string;
  labelSelector?: string;
  reconnectMinMs?: number;
  reconnectMaxMs?: number;
  /** Server-side watch timeout; client-go picks 5–10 minutes at random. */
  watchTimeoutSeconds?: number;
}

/**
 * A watch-backed cache of one kind: lists, then watches from the list's resourceVersion (with bookmarks),
 * resumes from the last seen resourceVersion when a watch ends, re-lists when the server says 410 Gone, and
 * reconnects with backoff on errors. A re-list is diffed against the cache, so no add, change or delete is lost.
 */
export class ObjectCache {
  private readonly store = new Map<string, KubeObject>();
  private readonly backoff: ExponentialBackoff;
  private resourceVersion = '';
  private abort = new AbortController();
  private loop: Promise<void> | undefined;
  private syncedResolve: (() => void) | undefined;

  constructor(
    private readonly client: ClusterClient,
    private readonly options: ObjectCacheOptions,
    private readonly handlers: CacheHandlers,
  ) {
    this.backoff = new ExponentialBackoff({ minDelayMs: options.reconnectMinMs ?? 100, maxDelayMs: options.reconnectMaxMs ?? 30_000 });
  }

  /** Starts listing and watching; resolves once the first list is in the cache, or when stopped before that. */
  start(): Promise<void> {
    const synced = new Promise<void>((resolve) => (this.syncedResolve = resolve));
    this.loop = this.run();
    return synced;
  }

  /** Stops the watch and waits for the loop to end. */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.loop;
  }

  /** The cached object `namespace/name` (namespace empty for cluster-scoped kinds). */
  get(namespace: string | undefined, name: string): KubeObject | undefined {
    return this.store.get(`${namespace ?? ''}/${name}`);
  }

  /** Every cached object. */
  list(): KubeObject[] {
    return [...this.store.values()];
  }

  /** Number of cached objects. */
  get size(): number {
    return this.store.size;
  }

  private async run(): Promise<void> {
    const signal = this.abort.signal;
    while (!signal.aborted) {
      try {
        if (!this.resourceVersion) await this.relist(signal);
        const started = Date.now();
        const events = await this.watch(signal);
        // A server that accepts the watch and closes it at once must not make us spin.
        if (events === 0 && Date.now() - started < 1000) await abortableSleep(jitter(this.backoff.next('watch'), 0.1), signal);
      } catch (err) {
        if (signal.aborted) break;
        if (isGoneError(err)) {
          this.resourceVersion = '';
          continue;
        }
        const delay = jitter(this.backoff.next('watch'), 0.1);
        this.handlers.onWatchError?.(err, delay);
        await abortableSleep(delay, signal);
      }
    }
    // Stopped before the first list succeeded (e.g. the kind is not served yet): do not leave start() hanging.
    this.syncedResolve?.();
  }

  private async relist(signal: AbortSignal): Promise<void> {
    const { apiVersion, kind, namespace, labelSelector } = this.options;
    const list = await this.client.list({ apiVersion, kind, namespace, labelSelector, signal });
    const seen = new Set<string>();
    for (const obj of list.items) {
      const key = storeKey(obj);
      seen.add(key);
      this.upsert(key, obj);
    }
    for (const [key, obj] of this.store) {
      if (!seen.has(key)) {
        this.store.delete(key);
        this.handlers.onDelete(obj);
      }
    }
    this.resourceVersion = list.resourceVersion;
    this.backoff.forget('watch');
    this.syncedResolve?.();
    this.syncedResolve = undefined;
  }

  private async watch(signal: AbortSignal): Promise<number> {
    const { apiVersion, kind, namespace, labelSelector } = this.options;
    const timeoutSeconds = this.options.watchTimeoutSeconds ?? Math.round(300 * (1 + Math.random()));
    const events = this.client.watch({ apiVersion, kind, namespace, labelSelector, signal, timeoutSeconds, resourceVersion: this.resourceVersion });
    let count = 0;
    for await (const event of events) {
      count++;
      const rv = event.object.metadata?.resourceVersion;
      if (rv) this.resourceVersion = rv;
      this.backoff.forget('watch');
      if (event.type === 'BOOKMARK') continue;
      const obj = { ...event.object, apiVersion, kind };
      const key = storeKey(obj);
      if (event.type === 'DELETED') {
        const previous = this.store.get(key);
        this.store.delete(key);
        this.handlers.onDelete(previous ?? obj);
      } else {
        this.upsert(key, obj);
      }
    }
    return count;
  }

  private upsert(key: string, incoming: KubeObject): void {
    // Like Flux's caches, drop managedFields: they are large and no reconciler reads them from the cache.
    const { managedFields: _dropped, ...metadata } = incoming.metadata;
    const obj = { ...incoming, metadata };
    const previous = this.store.get(key);
    if (previous?.metadata.resourceVersion === obj.metadata.resourceVersion && previous) return;
    this.store.set(key, obj);
    if (previous) this.handlers.onUpdate(previous, obj);
    else this.handlers.onAdd(obj);
  }
}

function storeKey(obj: KubeObject): string {
  return `${obj.metadata.namespace ?? ''}/${obj.metadata.name ?? ''}`;
}

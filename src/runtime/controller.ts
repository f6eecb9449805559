import type { ClusterClient, KubeObject } from '../cluster/client/index.js';
import { objectKey } from '../cluster/client/index.js';
import { ObjectCache } from './cache/object-cache.js';
import type { EventRecorder } from './events/event-recorder.js';
import type { RuntimeLogger } from './logging/create-logger.js';
import type { MetricsRecorder } from './metrics/metrics-recorder.js';
import { requestedAt } from './object-fields.js';
import { OutcomeReporter } from './outcome-reporter.js';
import { ExponentialBackoff, type BackoffOptions } from './queue/exponential-backoff.js';
import { WorkQueue } from './queue/work-queue.js';
import { ReconcileRunner } from './reconcile-runner.js';
import type { Reconciler } from './reconciler.js';
import { fireWatch, secondaryCache, type SecondaryWatch } from './secondary-watch.js';

/** One controller's settings; the runtime fills them from its own options. */
export interface ControllerOptions {
  client: ClusterClient;
  reconciler: Reconciler;
  metrics: MetricsRecorder;
  events: EventRecorder;
  log: RuntimeLogger;
  /** The controller's name in logs and metrics (`gitrepository`). */
  name: string;
  fieldManager: string;
  concurrency: number;
  backoff: BackoffOptions;
  jitterFraction: number;
  /** Watch one namespace only (default: all). */
  namespace?: string;
  reconnectMinMs?: number;
  reconnectMaxMs?: number;
}

/**
 * One kind's loop: a watch-backed cache feeds a keyed queue through Flux's predicates (new object, new
 * generation, new `requestedAt`, deletion), and the queue runs the reconcile runner. A change that passes the
 * predicates aborts a reconcile of the same key in progress; status-only changes (our own writes) do not.
 */
export class Controller {
  private readonly cache: ObjectCache;
  private readonly secondaries: ObjectCache[];
  private readonly selfWatches: SecondaryWatch[];
  private readonly queue: WorkQueue;
  private readonly reporter: OutcomeReporter;
  private readonly backoff: ExponentialBackoff;

  constructor(private readonly o: ControllerOptions) {
    const { reconciler, metrics, events } = o;
    this.backoff = new ExponentialBackoff(o.backoff);
    this.reporter = new OutcomeReporter(o.name, metrics, events);
    this.queue = new WorkQueue({ concurrency: reconciler.concurrency ?? o.concurrency, onDepth: (d) => metrics.recordDepth(o.name, d) });
    this.cache = new ObjectCache(
      o.client,
      { apiVersion: reconciler.apiVersion, kind: reconciler.kind, namespace: o.namespace, reconnectMinMs: o.reconnectMinMs, reconnectMaxMs: o.reconnectMaxMs },
      {
        onAdd: (obj) => {
          this.queue.add(objectKey(obj));
          this.fireSelfWatches(undefined, obj);
        },
        onUpdate: (prev, obj) => {
          this.onUpdate(prev, obj);
          this.fireSelfWatches(prev, obj);
        },
        onDelete: (obj) => this.onDelete(obj),
        onWatchError: (err, retryInMs) => o.log.warn({ error: (err as Error).message, retryInMs }, 'watch failed, reconnecting'),
      },
    );
    // A watch on the controller's own kind (a dependency turning Ready) is fed by the primary cache: no second copy.
    const ownKind = (w: SecondaryWatch): boolean => w.apiVersion === reconciler.apiVersion && w.kind === reconciler.kind;
    this.selfWatches = (reconciler.watches ?? []).filter(ownKind);
    // A secondary change is a new input, like a new generation: it aborts a reconcile of the key in progress.
    this.secondaries = (reconciler.watches ?? []).filter((w) => !ownKind(w)).map((w) => secondaryCache(
      o.client, w, { namespace: o.namespace, reconnectMinMs: o.reconnectMinMs, reconnectMaxMs: o.reconnectMaxMs },
      () => this.cache.list(),
      (obj) => this.queue.add(objectKey(obj), { abortRunning: true }),
      (err, retryInMs) => o.log.warn({ error: (err as Error).message, retryInMs, watch: w.kind }, 'watch failed, reconnecting'),
    ));
  }

  /** The kind's cached objects (read-only view for callers such as dependency checks). */
  get objects(): ObjectCache {
    return this.cache;
  }

  /** Keys waiting and running (for tests and diagnostics). */
  get load(): { depth: number; active: number } {
    return { depth: this.queue.depth, active: this.queue.active };
  }

  /** Fills the cache, then starts reconciling. Resolves once the first list is cached. */
  async start(): Promise<void> {
    await this.cache.start();
    await Promise.all(this.secondaries.map((c) => c.start()));
    const runner = new ReconcileRunner({
      client: this.o.client,
      reconciler: this.o.reconciler,
      cache: this.cache,
      queue: this.queue,
      backoff: this.backoff,
      reporter: this.reporter,
      events: this.o.events,
      log: this.o.log,
      fieldManager: this.o.fieldManager,
      jitterFraction: this.o.jitterFraction,
    });
    this.queue.start((key, signal) => runner.run(key, signal));
  }

  /** Stops watching and taking keys; waits for running reconciles (or aborts them with `abort`). */
  async stop(options: { abort?: boolean } = {}): Promise<void> {
    await this.cache.stop();
    await Promise.all(this.secondaries.map((c) => c.stop()));
    await this.queue.shutdown(options);
  }

  private onUpdate(prev: KubeObject, obj: KubeObject): void {
    const generationChanged = prev.metadata.generation !== obj.metadata.generation;
    const requested = requestedAt(prev) !== requestedAt(obj);
    const deleting = prev.metadata.deletionTimestamp !== obj.metadata.deletionTimestamp;
    if (generationChanged || requested || deleting) this.queue.add(objectKey(obj), { abortRunning: true });
  }

  private fireSelfWatches(prev: KubeObject | undefined, obj: KubeObject): void {
    for (const w of this.selfWatches) {
      fireWatch(w, prev, obj, () => this.cache.list(), (p) => this.queue.add(objectKey(p), { abortRunning: true }));
    }
  }

  private onDelete(obj: KubeObject): void {
    const key = objectKey(obj);
    this.queue.forget(key);
    this.backoff.forget(key);
    this.reporter.forget(obj);
  }
}

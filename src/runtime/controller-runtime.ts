import type { ClusterClient } from '../cluster/client/index.js';
import { useLongRunningHeap } from '../lib/long-running-heap.js';
import { Controller } from './controller.js';
import { EventRecorder } from './events/event-recorder.js';
import type { CorrelatorOptions } from './events/event-correlator.js';
import { LeaseElector, type LeaderElectionOptions } from './leader/lease-elector.js';
import { createLogger, type RuntimeLogger } from './logging/create-logger.js';
import { MetricsRecorder } from './metrics/metrics-recorder.js';
import { startMetricsServer, type MetricsServer } from './metrics/metrics-server.js';
import { fluxBackoff, type BackoffOptions } from './queue/exponential-backoff.js';
import { fluxIntervalJitter } from './queue/jitter.js';
import type { Reconciler } from './reconciler.js';

/** Options of the runtime, read once by `wiring/` and passed in. */
export interface RuntimeOptions {
  client: ClusterClient;
  /** Event source component and default field manager, e.g. `source-controller`. */
  component: string;
  logger?: RuntimeLogger;
  /** `--metrics-addr`: serve /metrics there (omit for none). */
  metricsAddr?: string;
  /** `--leader-elect`: reconcile only while holding this Lease. */
  leaderElection?: LeaderElectionOptions;
  /** `--concurrent`: keys reconciled at once per controller (Flux default 4). */
  concurrency?: number;
  /** `--min-retry-delay` / `--max-retry-delay`. */
  backoff?: BackoffOptions;
  /** `--interval-jitter-percentage` / 100 (Flux default 0.1). */
  jitterFraction?: number;
  /** Watch one namespace only (`--watch-all-namespaces=false`). */
  namespace?: string;
  events?: Partial<CorrelatorOptions>;
  /** Watch reconnect backoff (default 100 ms → 30 s). */
  reconnectMinMs?: number;
  reconnectMaxMs?: number;
  /** Called when leadership is lost after being held (Flux controllers exit then). */
  onLostLeadership?: () => void;
}

/**
 * The controller manager: registers reconcilers, serves metrics, takes the leader Lease when asked to, starts
 * every controller, and on `stop()` stops the watches, lets in-flight reconciles finish, flushes events and
 * releases the Lease.
 */
export class ControllerRuntime {
  readonly metrics = new MetricsRecorder();
  readonly log: RuntimeLogger;
  private readonly events: EventRecorder;
  private readonly controllers: Controller[] = [];
  private readonly stopSignal = new AbortController();
  private elector: LeaseElector | undefined;
  private metricsServer: MetricsServer | undefined;
  private leading: Promise<boolean> | undefined;

  constructor(private readonly options: RuntimeOptions) {
    this.log = options.logger ?? createLogger();
    this.events = new EventRecorder(options.client, {
      component: options.component,
      correlator: options.events,
      onError: (err, event) => this.log.warn({ error: (err as Error).message, reason: event.reason }, 'unable to write event'),
    });
  }

  /** Adds a reconciler; `name` (default the kind in lower case) labels its logs and queue metrics. */
  register(reconciler: Reconciler, name = reconciler.kind.toLowerCase()): void {
    const o = this.options;
    this.controllers.push(
      new Controller({
        client: o.client,
        reconciler,
        metrics: this.metrics,
        events: this.events,
        log: this.log.child({ controller: name, controllerGroup: reconciler.apiVersion.split('/')[0], controllerKind: reconciler.kind, kind: reconciler.kind }),
        name,
        fieldManager: o.component,
        concurrency: o.concurrency ?? 4,
        backoff: o.backoff ?? fluxBackoff,
        jitterFraction: o.jitterFraction ?? fluxIntervalJitter,
        namespace: o.namespace,
        reconnectMinMs: o.reconnectMinMs,
        reconnectMaxMs: o.reconnectMaxMs,
      }),
    );
  }

  /** The URL /metrics is served on, once started with `metricsAddr`. */
  get metricsUrl(): string | undefined {
    return this.metricsServer?.url;
  }

  /** Whether this replica reconciles (always true without leader election, once started). */
  get isLeader(): boolean {
    return this.elector ? this.elector.isLeader : this.leading !== undefined;
  }

  /**
   * Starts metrics, then (after winning the Lease, if leader election is on) every controller. Resolves true
   * when the controllers run, or false when this replica stands by (it keeps trying and takes over later).
   */
  async start(): Promise<boolean> {
    useLongRunningHeap();
    if (this.options.metricsAddr !== undefined) this.metricsServer = await startMetricsServer(this.metrics, this.options.metricsAddr);
    return new Promise<boolean>((resolve) => {
      this.leading = this.lead(() => resolve(false));
      this.leading.then(resolve, () => resolve(false));
    });
  }

  /** Graceful shutdown: stop watches, finish in-flight reconciles, flush events, release the Lease, close metrics. */
  async stop(): Promise<void> {
    this.stopSignal.abort();
    // Controllers first: a controller still waiting for its first list only gives up once stopped.
    await Promise.all(this.controllers.map((c) => c.stop()));
    await this.leading?.catch(() => false);
    await this.events.flush();
    await this.elector?.release().catch(() => undefined);
    await this.metricsServer?.close();
    this.log.info('controllers stopped');
  }

  private async lead(onStandby: () => void): Promise<boolean> {
    const le = this.options.leaderElection;
    if (le) {
      this.elector = new LeaseElector(this.options.client, le);
      this.log.info({ lease: `${le.namespace}/${le.name}`, identity: le.identity }, 'attempting to acquire leader lease');
      if (!(await this.elector.acquire(this.stopSignal.signal, () => {
        this.log.info('lease held by another replica, standing by');
        onStandby();
      }))) return false;
      this.log.info({ lease: `${le.namespace}/${le.name}`, identity: le.identity }, 'successfully acquired lease');
      this.elector.hold(() => this.lostLeadership());
    }
    if (this.stopSignal.signal.aborted) return false;
    await Promise.all(this.controllers.map((c) => c.start()));
    this.log.info({ controllers: this.controllers.length }, 'controllers started');
    return true;
  }

  private lostLeadership(): void {
    this.log.error('leader lease lost, stopping controllers');
    void Promise.all(this.controllers.map((c) => c.stop({ abort: true }))).then(() => this.options.onLostLeadership?.());
  }
}

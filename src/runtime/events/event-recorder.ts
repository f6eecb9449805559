import type { ClusterClient, KubeObject } from '../../cluster/client/index.js';
import { isNotFoundError } from '../../cluster/client/index.js';
import type { CoreEvent, EventInput } from './core-event.js';
import { EventCorrelator, defaultCorrelatorOptions, type CorrelatorOptions } from './event-correlator.js';

/** Who reports (`source.component`, e.g. `source-controller`), from where, and the correlator's limits. */
export interface EventRecorderOptions {
  component: string;
  host?: string;
  correlator?: Partial<CorrelatorOptions>;
  now?: () => number;
  /** Told about events that could not be written (they never fail a reconcile). */
  onError?: (err: unknown, event: CoreEvent) => void;
}

/**
 * Writes core/v1 Events about objects, as client-go's recorder does for Flux: repeats bump `count`, floods are
 * aggregated and rate-limited per object, writes happen in the background and never fail the caller.
 */
export class EventRecorder {
  private readonly correlator: EventCorrelator;
  private readonly pending = new Set<Promise<void>>();
  private readonly series = new Map<string, Promise<void>>();
  private readonly now: () => number;
  private sequence = 0;

  constructor(private readonly client: ClusterClient, private readonly options: EventRecorderOptions) {
    this.correlator = new EventCorrelator({ ...defaultCorrelatorOptions, ...options.correlator });
    this.now = options.now ?? Date.now;
  }

  /** Records an event about `obj`; returns at once (see {@link flush}). */
  record(obj: KubeObject, input: EventInput): void {
    const now = this.now();
    const correlation = this.correlator.correlate(this.build(obj, input, now), now);
    if (correlation.action === 'skip') return;
    // Writes of one event series go in order, or a late patch could lower its count.
    const previous = this.series.get(correlation.key) ?? Promise.resolve();
    const write: Promise<void> = previous.then(() => this.write(correlation.action, correlation.event, correlation.key)).finally(() => {
      this.pending.delete(write);
      if (this.series.get(correlation.key) === write) this.series.delete(correlation.key);
    });
    this.series.set(correlation.key, write);
    this.pending.add(write);
  }

  /** Resolves when every event recorded so far has been written (or has failed). */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private async write(action: 'create' | 'patch', event: CoreEvent, key: string): Promise<void> {
    try {
      if (action === 'patch') {
        try {
          const patch = { count: event.count, lastTimestamp: event.lastTimestamp, message: event.message };
          await this.client.patch({ apiVersion: 'v1', kind: 'Event', namespace: event.metadata.namespace, name: event.metadata.name }, patch);
          return;
        } catch (err) {
          if (!isNotFoundError(err)) throw err;
          // The first copy expired (events have a TTL): start a new one.
          event = { ...event, metadata: { ...event.metadata, name: this.name(event.involvedObject.name, this.now()) }, count: 1, firstTimestamp: event.lastTimestamp };
        }
      }
      await this.client.create(event as unknown as KubeObject);
      this.correlator.stored(key, event);
    } catch (err) {
      this.options.onError?.(err, event);
    }
  }

  private build(obj: KubeObject, input: EventInput, now: number): CoreEvent {
    const time = new Date(now).toISOString().replace(/\.\d+Z$/, 'Z');
    const meta = obj.metadata;
    const involvedObject = { apiVersion: obj.apiVersion, kind: obj.kind, name: meta.name ?? '' } as CoreEvent['involvedObject'];
    if (meta.namespace) involvedObject.namespace = meta.namespace;
    if (meta.uid) involvedObject.uid = meta.uid;
    if (meta.resourceVersion) involvedObject.resourceVersion = meta.resourceVersion;
    const metadata: CoreEvent['metadata'] = { name: this.name(meta.name ?? 'object', now), namespace: meta.namespace || 'default' };
    if (input.annotations && Object.keys(input.annotations).length > 0) metadata.annotations = input.annotations;
    const source: CoreEvent['source'] = { component: this.options.component };
    if (this.options.host) source.host = this.options.host;
    return {
      apiVersion: 'v1',
      kind: 'Event',
      metadata,
      involvedObject,
      reason: input.reason,
      message: input.message,
      type: input.type,
      source,
      reportingComponent: this.options.component,
      reportingInstance: this.options.host ?? '',
      firstTimestamp: time,
      lastTimestamp: time,
      count: 1,
    };
  }

  // client-go names events `<object>.<unix nanos in hex>`; a sequence keeps names unique within a millisecond.
  private name(objectName: string, now: number): string {
    const nanos = BigInt(now) * 1_000_000n + BigInt(this.sequence++ % 1_000_000);
    return `${objectName}.${nanos.toString(16)}`;
  }
}

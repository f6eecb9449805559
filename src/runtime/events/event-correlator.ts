import type { CoreEvent } from './core-event.js';
import { LruMap } from './lru-map.js';
import { TokenBucket } from './token-bucket.js';

/** client-go's EventCorrelator defaults: aggregate after 10 similar events in 10 min; 25 burst, then 1 per 5 min. */
export interface CorrelatorOptions {
  burst: number;
  perSecond: number;
  aggregateMaxEvents: number;
  aggregateWindowMs: number;
  cacheSize: number;
}

/** The defaults client-go's recorder uses (and so every Flux controller). */
export const defaultCorrelatorOptions: CorrelatorOptions = {
  burst: 25,
  perSecond: 1 / 300,
  aggregateMaxEvents: 10,
  aggregateWindowMs: 600_000,
  cacheSize: 4096,
};

/** What to do with an event: create it, patch the earlier copy (`count` went up), or drop it (rate limited). */
export type Correlation = { action: 'create' | 'patch'; event: CoreEvent; key: string } | { action: 'skip'; event: CoreEvent; key: string };

interface Observation {
  count: number;
  firstTimestamp: string;
  name: string;
}

/**
 * Decides, as client-go's EventCorrelator, how an event reaches the server: an identical event bumps the count
 * of the first one; more than N events differing only by message within the window collapse into one
 * "(combined from similar events): …" event; a token bucket per source+object drops a flood.
 */
export class EventCorrelator {
  private readonly aggregates: LruMap<string, { messages: Set<string>; last: number }>;
  private readonly observations: LruMap<string, Observation>;
  private readonly buckets: LruMap<string, TokenBucket>;

  constructor(private readonly options: CorrelatorOptions = defaultCorrelatorOptions) {
    this.aggregates = new LruMap(options.cacheSize);
    this.observations = new LruMap(options.cacheSize);
    this.buckets = new LruMap(options.cacheSize);
  }

  /** Correlates `event` observed at `now` (ms); the returned event carries the name and count to write. */
  correlate(event: CoreEvent, now: number): Correlation {
    const { event: aggregated, key } = this.aggregate(event, now);
    const observed = this.observe(aggregated, key);
    const action = this.allow(observed, now) ? (observed.count > 1 ? 'patch' : 'create') : 'skip';
    return { action, event: observed, key };
  }

  /** Records what the server stored under `key` (a patch that found nothing re-creates under a new name). */
  stored(key: string, event: CoreEvent): void {
    this.observations.set(key, { count: event.count, firstTimestamp: event.firstTimestamp, name: event.metadata.name });
  }

  private aggregate(event: CoreEvent, now: number): { event: CoreEvent; key: string } {
    const aggregateKey = similarKey(event);
    let record = this.aggregates.get(aggregateKey);
    if (!record || now - record.last > this.options.aggregateWindowMs) record = { messages: new Set(), last: now };
    record.messages.add(event.message);
    record.last = now;
    this.aggregates.set(aggregateKey, record);
    if (record.messages.size < this.options.aggregateMaxEvents) return { event, key: `${aggregateKey}\u0000${event.message}` };
    record.messages.delete(record.messages.values().next().value as string);
    const message = `(combined from similar events): ${event.message}`;
    return { event: { ...event, message }, key: aggregateKey };
  }

  private observe(event: CoreEvent, key: string): CoreEvent {
    const last = this.observations.get(key);
    const next = last
      ? { ...event, metadata: { ...event.metadata, name: last.name }, firstTimestamp: last.firstTimestamp, count: last.count + 1 }
      : { ...event, count: 1 };
    this.stored(key, next);
    return next;
  }

  private allow(event: CoreEvent, now: number): boolean {
    const key = objectKey(event);
    let bucket = this.buckets.get(key);
    if (!bucket) bucket = new TokenBucket(this.options.burst, this.options.perSecond, now);
    this.buckets.set(key, bucket);
    return bucket.tryTake(now);
  }
}

function objectKey(e: CoreEvent): string {
  const o = e.involvedObject;
  return [e.source.component, e.source.host ?? '', o.kind, o.namespace ?? '', o.name, o.uid ?? '', o.apiVersion].join('\u0000');
}

function similarKey(e: CoreEvent): string {
  return [objectKey(e), e.type, e.reason, e.reportingComponent, e.reportingInstance].join('\u0000');
}

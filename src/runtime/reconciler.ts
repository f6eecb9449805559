import type { Reason } from '../api/reasons.js';
import type { ClusterClient, KubeObject } from '../cluster/client/index.js';
import type { ConditionTable } from './conditions/condition-table.js';
import type { EventInput } from './events/core-event.js';
import type { RuntimeLogger } from './logging/create-logger.js';
import type { SecondaryWatch } from './secondary-watch.js';

/** What a reconciler gets besides the object: the cluster, a logger bound to this reconcile, and reporting hooks. */
export interface ReconcileContext {
  readonly client: ClusterClient;
  readonly log: RuntimeLogger;
  readonly reconcileID: string;
  /** The field manager to use for writes (the controller's name). */
  readonly fieldManager: string;
  /** Current time, RFC 3339, for conditions. */
  now(): string;
  /** Records an extra event about the object (the runtime already reports every outcome). */
  event(input: EventInput): void;
  /** Marks `Reconciling=True` with this message and writes status now, so users see progress. */
  progress(reason: Reason, message: string): Promise<void>;
}

/** A successful reconcile's result: when to come back (default `spec.interval`) and the Ready reason/message. */
export interface ReconcileResult {
  requeueAfterMs?: number;
  reason?: Reason;
  message?: string;
}

/**
 * A controller as the runtime runs it. The runtime owns watching, queueing, retries, suspend, requestedAt,
 * status writes, Ready/Reconciling/Stalled, events, metrics and finalizer bookkeeping; the reconciler owns its
 * steps and its condition table, and says how it ended by returning or by throwing a runtime error.
 */
export interface Reconciler<T extends KubeObject = KubeObject> {
  apiVersion: string;
  kind: string;
  conditionTable: ConditionTable;
  /** Brings the cluster in line with `obj` (a working copy whose status it may change). */
  reconcile(ctx: ReconcileContext, obj: T, signal: AbortSignal): Promise<ReconcileResult | void>;
  /** A finalizer the runtime adds before the first reconcile and removes after `finalize` succeeds. */
  finalizer?: string;
  /** Cleans up for a deleted object; throwing keeps the finalizer and retries with backoff. */
  finalize?(ctx: ReconcileContext, obj: T, signal: AbortSignal): Promise<void>;
  /** Whether a failure waits `spec.retryInterval` (falling back to `spec.interval`) instead of backing off. */
  usesRetryInterval?: boolean;
  /** The revision to put in events (`<group>/revision`) and in `gotk_resource_info`. */
  revision?(obj: T): string | undefined;
  /** Interval when the object has no `spec.interval` (none: no periodic requeue). */
  defaultIntervalMs?: number;
  /** Keys reconciled at once (default: the runtime's concurrency). */
  concurrency?: number;
  /** Other kinds whose changes queue objects of this kind (a source's new artifact → its Kustomizations). */
  watches?: readonly SecondaryWatch[];
}

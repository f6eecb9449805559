import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Reason } from '../api/reasons.js';
import type { ClusterClient, KubeObject } from '../cluster/client/index.js';
import type { ObjectCache } from './cache/object-cache.js';
import type { Conditioned } from './conditions/conditioned.js';
import { markReconciling } from './conditions/mark-condition.js';
import type { ReconcileOutcome } from './conditions/reconcile-outcome.js';
import { beginReconcile, summarize } from './conditions/summarize.js';
import { outcomeOf } from './errors/outcome-of.js';
import type { EventRecorder } from './events/event-recorder.js';
import { addFinalizer, hasFinalizer, removeFinalizer } from './finalizers.js';
import type { RuntimeLogger } from './logging/create-logger.js';
import { isSuspended, requestedAt, specDurationMs } from './object-fields.js';
import { OutcomeReporter } from './outcome-reporter.js';
import { patchStatus } from './patch/status-patcher.js';
import type { ExponentialBackoff } from './queue/exponential-backoff.js';
import type { WorkQueue } from './queue/work-queue.js';
import type { ReconcileContext, Reconciler } from './reconciler.js';
import { nextRequeue } from './requeue-policy.js';

/** Everything one controller's runner needs, passed in by the controller. */
export interface RunnerDeps {
  client: ClusterClient;
  reconciler: Reconciler;
  cache: ObjectCache;
  queue: WorkQueue;
  backoff: ExponentialBackoff;
  reporter: OutcomeReporter;
  events: EventRecorder;
  log: RuntimeLogger;
  fieldManager: string;
  jitterFraction: number;
}

interface Working {
  obj: KubeObject;
  /** The object as read at the start (Ready before this reconcile). */
  original: KubeObject;
  /** What the server holds as far as we know: the status diff is taken against it. */
  baseline: KubeObject;
}

/**
 * Runs one reconcile of one key, top to bottom: read the object from the cache → deleting? finalize →
 * suspended? stop → add finalizer → reconcile → (always) summarize conditions, echo requestedAt, write status if
 * changed, report event/log/metrics, and schedule the next run by Flux's rules.
 */
export class ReconcileRunner {
  constructor(private readonly d: RunnerDeps) {}

  /** Reconciles `key` (`kind/namespace/name`); never throws. */
  async run(key: string, signal: AbortSignal): Promise<void> {
    const [, namespace, name] = key.split('/');
    const cached = this.d.cache.get(namespace, name ?? '');
    if (!cached) return;
    const reconcileID = randomUUID();
    const log = this.d.log.child({ name, namespace, reconcileID });
    const w: Working = { obj: structuredClone(cached), original: cached, baseline: cached };
    const ctx = this.context(w, log, reconcileID);
    if (w.obj.metadata.deletionTimestamp) return this.finalize(key, ctx, w, signal);
    if (isSuspended(w.obj)) {
      log.info('Reconciliation is suspended for this object');
      this.d.backoff.forget(key);
      this.d.reporter.recordMetrics(w.obj, undefined, this.revision(w.obj), true);
      return;
    }
    await this.reconcile(key, ctx, w, signal);
  }

  private async reconcile(key: string, ctx: ReconcileContext, w: Working, signal: AbortSignal): Promise<void> {
    const started = performance.now();
    const { reconciler } = this.d;
    let outcome: ReconcileOutcome;
    let emitEvent = true;
    let requestedMs: number | undefined;
    let intervalMs: number | undefined = reconciler.defaultIntervalMs;
    let retryIntervalMs: number | undefined;
    try {
      intervalMs = specDurationMs(w.obj, 'interval') ?? intervalMs;
      if (reconciler.usesRetryInterval) retryIntervalMs = specDurationMs(w.obj, 'retryInterval') ?? intervalMs;
      if (reconciler.finalizer && !hasFinalizer(w.obj, reconciler.finalizer)) {
        const stored = await addFinalizer(this.d.client, w.obj, reconciler.finalizer);
        w.obj.metadata.finalizers = stored.metadata.finalizers;
        w.obj.metadata.resourceVersion = stored.metadata.resourceVersion;
      }
      beginReconcile(asConditioned(w.obj), ctx.now());
      const result = (await reconciler.reconcile(ctx, w.obj, signal)) ?? {};
      outcome = { kind: 'success', reason: result.reason, message: result.message };
      requestedMs = result.requeueAfterMs;
    } catch (err) {
      // Aborted by a newer change (already queued again) or by shutdown: that run, not this one, sets Ready and
      // reports. What this run recorded (an inventory of what it applied) is still written, so nothing leaks.
      if (signal.aborted) {
        ctx.log.debug({ reason: (err as Error).message }, 'reconcile aborted: a newer change takes over');
        await this.writeStatus(ctx.log, w);
        return;
      }
      const thrown = outcomeOf(err);
      ({ outcome, emitEvent } = thrown);
      requestedMs = thrown.requeueAfterMs;
    }
    summarize(asConditioned(w.obj), reconciler.conditionTable, outcome, ctx.now());
    const handled = requestedAt(w.obj);
    if (handled !== undefined) (w.obj.status as Record<string, unknown>).lastHandledReconcileAt = handled;
    const writeError = await this.writeStatus(ctx.log, w);
    if (writeError !== undefined && outcome.kind === 'success') outcome = { kind: 'failure', reason: 'ReconciliationFailed', message: `failed to update status: ${writeError}` };
    const nextRunMs = this.schedule(key, outcome.kind, { requestedMs, intervalMs, retryIntervalMs });
    this.d.reporter.report({
      before: w.original,
      after: w.obj,
      outcome,
      emitEvent,
      durationMs: performance.now() - started,
      nextRunMs,
      revision: this.revision(w.obj),
      log: ctx.log,
    });
  }

  private schedule(key: string, outcome: ReconcileOutcome['kind'], t: { requestedMs?: number; intervalMs?: number; retryIntervalMs?: number }): number | undefined {
    const delay = nextRequeue({ outcome, ...t, backoffMs: () => this.d.backoff.next(key), jitterFraction: this.d.jitterFraction });
    if (outcome !== 'failure') this.d.backoff.forget(key);
    if (delay !== undefined) this.d.queue.addAfter(key, delay);
    return delay;
  }

  private async finalize(key: string, ctx: ReconcileContext, w: Working, signal: AbortSignal): Promise<void> {
    const { reconciler } = this.d;
    if (!reconciler.finalizer || !hasFinalizer(w.obj, reconciler.finalizer)) return;
    try {
      await reconciler.finalize?.(ctx, w.obj, signal);
      await removeFinalizer(this.d.client, w.obj, reconciler.finalizer);
      this.d.backoff.forget(key);
      this.d.reporter.forget(w.obj);
      ctx.log.info('finalizer removed after cleanup');
    } catch (err) {
      const { outcome, requeueAfterMs } = outcomeOf(err);
      // Say in status why deletion waits (e.g. dependents still exist), not only in an event.
      summarize(asConditioned(w.obj), reconciler.conditionTable, outcome, ctx.now());
      await this.writeStatus(ctx.log, w);
      const delay = outcome.kind === 'waiting' && requeueAfterMs !== undefined ? requeueAfterMs : this.d.backoff.next(key);
      this.d.queue.addAfter(key, delay);
      ctx.log.error({ reason: outcome.reason, error: outcome.message }, 'finalization failed');
      this.d.events.record(w.obj, { type: outcome.kind === 'waiting' ? 'Normal' : 'Warning', reason: outcome.reason, message: outcome.message });
    }
  }

  /** Writes status if it changed; returns the error message when the write failed. */
  private async writeStatus(log: RuntimeLogger, w: Working): Promise<string | undefined> {
    try {
      const stored = await patchStatus(this.d.client, w.baseline, w.obj, { fieldManager: this.d.fieldManager });
      if (stored) w.baseline = structuredClone(w.obj);
      return undefined;
    } catch (err) {
      log.error({ error: (err as Error).message }, 'failed to update status');
      return (err as Error).message;
    }
  }

  private context(w: Working, log: RuntimeLogger, reconcileID: string): ReconcileContext {
    const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    return {
      client: this.d.client,
      log,
      reconcileID,
      fieldManager: this.d.fieldManager,
      now,
      event: (input) => this.d.events.record(w.obj, input),
      progress: async (reason: Reason, message: string) => {
        markReconciling(asConditioned(w.obj), reason, message, now());
        await this.writeStatus(log, w);
      },
    };
  }

  private revision(obj: KubeObject): string | undefined {
    return this.d.reconciler.revision?.(obj);
  }
}

function asConditioned(obj: KubeObject): Conditioned {
  return obj as unknown as Conditioned;
}

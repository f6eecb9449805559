import type { KubeObject } from '../cluster/client/index.js';
import { formatDuration } from '../lib/duration.js';
import type { ReconcileOutcome } from './conditions/reconcile-outcome.js';
import type { Conditioned } from './conditions/conditioned.js';
import { getCondition } from './conditions/get-condition.js';
import type { EventRecorder } from './events/event-recorder.js';
import type { RuntimeLogger } from './logging/create-logger.js';
import type { MetricsRecorder, MetricsObject } from './metrics/metrics-recorder.js';

/** One finished reconcile, as the reporters see it. */
export interface FinishedReconcile {
  before: KubeObject;
  after: KubeObject;
  outcome: ReconcileOutcome;
  emitEvent: boolean;
  durationMs: number;
  nextRunMs: number | undefined;
  revision: string | undefined;
  log: RuntimeLogger;
}

/**
 * Reports every outcome the same way for every kind: a Kubernetes Event (success only when Ready changed, so a
 * steady state is quiet), a JSON log line, and the Prometheus series.
 */
export class OutcomeReporter {
  constructor(private readonly controller: string, private readonly metrics: MetricsRecorder, private readonly events: EventRecorder) {}

  /** Emits the event, log line and metrics of one reconcile. */
  report(r: FinishedReconcile): void {
    this.event(r);
    this.logLine(r);
    this.recordMetrics(r.after, r.durationMs, r.revision, false);
    this.metrics.recordResult(this.controller, resultLabel(r.outcome.kind));
  }

  /** Records the series of an object that was not reconciled (suspended): suspend status and resource info. */
  recordMetrics(obj: KubeObject, durationMs: number | undefined, revision: string | undefined, suspended: boolean): void {
    const m = metricsObject(obj);
    if (durationMs !== undefined) this.metrics.recordDuration(m, durationMs / 1000);
    for (const type of ['Ready', 'Reconciling', 'Stalled']) {
      const status = getCondition(asConditioned(obj), type)?.status ?? (type === 'Ready' ? 'Unknown' : 'False');
      this.metrics.recordCondition(m, type, status);
    }
    this.metrics.recordSuspend(m, suspended);
    const ready = getCondition(asConditioned(obj), 'Ready')?.status ?? 'Unknown';
    this.metrics.recordResourceInfo(m, { ready, suspended, revision: revision ?? '' });
  }

  /** Deletes the series of an object that is gone. */
  forget(obj: KubeObject): void {
    this.metrics.deleteObject(metricsObject(obj));
  }

  private event(r: FinishedReconcile): void {
    if (!r.emitEvent) return;
    const group = r.after.apiVersion.includes('/') ? r.after.apiVersion.split('/')[0] : '';
    const annotations: Record<string, string> = r.revision && group ? { [`${group}/revision`]: r.revision } : {};
    const { outcome } = r;
    if (outcome.kind === 'success') {
      const before = getCondition(asConditioned(r.before), 'Ready');
      const after = getCondition(asConditioned(r.after), 'Ready');
      if (!after || (before && before.status === after.status && before.reason === after.reason && before.message === after.message)) return;
      this.events.record(r.after, { type: after.status === 'False' ? 'Warning' : 'Normal', reason: after.reason, message: after.message, annotations });
      return;
    }
    const type = outcome.kind === 'waiting' ? 'Normal' : 'Warning';
    this.events.record(r.after, { type, reason: outcome.reason, message: outcome.message, annotations });
  }

  private logLine(r: FinishedReconcile): void {
    const next = r.nextRunMs === undefined ? 'never' : formatDuration(r.nextRunMs);
    const took = formatDuration(Math.round(r.durationMs));
    const fields = { revision: r.revision, durationMs: Math.round(r.durationMs) };
    const { outcome } = r;
    if (outcome.kind === 'success') r.log.info(fields, `Reconciliation finished in ${took}, next run in ${next}`);
    else if (outcome.kind === 'waiting') r.log.info({ ...fields, reason: outcome.reason }, `${outcome.message}, retrying in ${next}`);
    else r.log.error({ ...fields, reason: outcome.reason, error: outcome.message }, outcome.kind === 'stalled' ? 'Reconciliation stalled' : 'Reconciler error');
  }
}

/** The labels an object's series carry. */
export function metricsObject(obj: KubeObject): MetricsObject {
  return { apiVersion: obj.apiVersion, kind: obj.kind, name: obj.metadata.name ?? '', namespace: obj.metadata.namespace ?? '' };
}

function resultLabel(kind: ReconcileOutcome['kind']): 'success' | 'error' | 'requeue_after' {
  if (kind === 'success') return 'success';
  return kind === 'waiting' ? 'requeue_after' : 'error';
}

function asConditioned(obj: KubeObject) {
  return obj as unknown as Conditioned;
}

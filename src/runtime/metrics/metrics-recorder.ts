import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { objectSeriesText, observeDuration, type ConditionStatus, type MetricsObject, type ObjectSeries, type ResourceInfo } from './object-series.js';
import { Counter, Gauge, Registry } from './prom-client-core.js';

export type { MetricsObject, ResourceInfo } from './object-series.js';

/**
 * The Prometheus series Fluxion exports: Flux's `gotk_reconcile_duration_seconds`, `gotk_reconcile_condition`,
 * `gotk_suspend_status` and `gotk_resource_info`, kept as one record an object and written out when scraped (see
 * object-series.ts); controller-runtime's reconcile counters and `workqueue_depth`, in a prom-client registry. An
 * object's series are deleted with the object.
 */
export class MetricsRecorder {
  readonly registry = new Registry();
  private readonly reconciles: Counter<'controller' | 'result'>;
  private readonly errors: Counter<'controller'>;
  private readonly depth: Gauge<'name'>;
  private readonly objects = new Map<string, ObjectSeries>();

  constructor() {
    const registers = [this.registry];
    this.reconciles = new Counter({ name: 'controller_runtime_reconcile_total', help: 'Total number of reconciliations per controller', labelNames: ['controller', 'result'], registers });
    this.errors = new Counter({ name: 'controller_runtime_reconcile_errors_total', help: 'Total number of reconciliation errors per controller', labelNames: ['controller'], registers });
    this.depth = new Gauge({ name: 'workqueue_depth', help: 'Current depth of workqueue', labelNames: ['name'], registers });
  }

  /** Observes how long one reconcile took. */
  recordDuration(obj: MetricsObject, seconds: number): void {
    observeDuration(this.series(obj), seconds);
  }

  /** Sets `gotk_reconcile_condition` for one condition: 1 on its status, 0 on the others (as Flux did). */
  recordCondition(obj: MetricsObject, type: string, status: ConditionStatus): void {
    this.series(obj).conditions.set(type, status);
  }

  /** Sets `gotk_suspend_status` (1 when suspended). */
  recordSuspend(obj: MetricsObject, suspended: boolean): void {
    this.series(obj).suspended = suspended;
  }

  /** Sets `gotk_resource_info`: one series an object, its labels those of the last call. */
  recordResourceInfo(obj: MetricsObject, info: ResourceInfo): void {
    this.series(obj).info = info;
  }

  /** Counts one reconcile of `controller` by result (`success`, `error`, `requeue_after`). */
  recordResult(controller: string, result: 'success' | 'error' | 'requeue_after'): void {
    this.reconciles.inc({ controller, result });
    if (result === 'error') this.errors.inc({ controller });
  }

  /** Sets the number of keys waiting in a controller's queue. */
  recordDepth(controller: string, depth: number): void {
    this.depth.set({ name: controller }, depth);
  }

  /** Deletes every series of an object that no longer exists. */
  deleteObject(obj: MetricsObject): void {
    this.objects.delete(objectKey(obj));
  }

  /** The exposition text, whole (what `/metrics` serves). */
  async text(): Promise<string> {
    let text = await this.registry.metrics();
    for (const chunk of objectSeriesText(this.objects)) text += chunk;
    return text;
  }

  /** Writes the exposition text to `out` as it drains, a chunk at a time, and ends it. */
  async writeTo(out: NodeJS.WritableStream): Promise<void> {
    const registryText = await this.registry.metrics();
    const objects = this.objects;
    await pipeline(Readable.from((function* () {
      yield registryText;
      yield* objectSeriesText(objects);
    })()), out);
  }

  private series(obj: MetricsObject): ObjectSeries {
    const key = objectKey(obj);
    let series = this.objects.get(key);
    if (!series) this.objects.set(key, (series = { obj, conditions: new Map() }));
    else series.obj = obj;
    return series;
  }
}

function objectKey(obj: MetricsObject): string {
  return `${obj.kind}/${obj.namespace}/${obj.name}`;
}

import { Counter, Gauge, Histogram, Registry, exponentialBuckets } from './prom-client-core.js';

/** An object as the metrics name it: kind, name, namespace, plus its API group/version for `gotk_resource_info`. */
export interface MetricsObject {
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
}

/** What `gotk_resource_info` reports about an object (as the flux2-monitoring-example KSM config defines it). */
export interface ResourceInfo {
  ready: 'True' | 'False' | 'Unknown';
  suspended: boolean;
  revision: string;
}

const conditionStatuses = ['True', 'False', 'Unknown', 'Deleted'] as const;
type ConditionStatus = 'True' | 'False' | 'Unknown';

/** What the gauges say of one object, kept as one small record until a scrape writes the series out. */
interface ObjectState {
  obj: MetricsObject;
  readonly conditions: Map<string, ConditionStatus>;
  suspended?: boolean;
  info?: ResourceInfo;
}

/**
 * The Prometheus series Fluxion exports, in its own registry: Flux's `gotk_reconcile_duration_seconds`,
 * `gotk_reconcile_condition`, `gotk_suspend_status` and `gotk_resource_info`, controller-runtime's reconcile
 * counters and `workqueue_depth`. An object's series are deleted with the object.
 *
 * The three gauges are written out from one record per object when scraped, and dropped after: Flux's twelve
 * condition series an object (three types by four statuses) cost 4 KiB of heap each object as prom-client series,
 * and most of a controller's memory at a thousand objects.
 */
export class MetricsRecorder {
  readonly registry = new Registry();
  private readonly duration: Histogram<'kind' | 'name' | 'namespace'>;
  private readonly reconciles: Counter<'controller' | 'result'>;
  private readonly errors: Counter<'controller'>;
  private readonly depth: Gauge<'name'>;
  private readonly objects = new Map<string, ObjectState>();
  private readonly writtenOnScrape: Array<Gauge<string>>;

  constructor() {
    const registers = [this.registry];
    const objects = this.objects;
    this.duration = new Histogram({
      name: 'gotk_reconcile_duration_seconds',
      help: 'The duration in seconds of a GitOps Toolkit resource reconciliation.',
      labelNames: ['kind', 'name', 'namespace'],
      buckets: exponentialBuckets(10e-9, 10, 10),
      registers,
    });
    const condition = new Gauge({
      name: 'gotk_reconcile_condition',
      help: 'The current condition status of a GitOps Toolkit resource reconciliation.',
      labelNames: ['kind', 'name', 'namespace', 'type', 'status'],
      registers,
      collect() {
        this.reset();
        for (const { obj, conditions } of objects.values()) {
          for (const [type, status] of conditions) {
            for (const s of conditionStatuses) this.set({ kind: obj.kind, name: obj.name, namespace: obj.namespace, type, status: s }, s === status ? 1 : 0);
          }
        }
      },
    });
    const suspend = new Gauge({
      name: 'gotk_suspend_status',
      help: 'The current suspend status of a GitOps Toolkit resource.',
      labelNames: ['kind', 'name', 'namespace'],
      registers,
      collect() {
        this.reset();
        for (const { obj, suspended } of objects.values()) if (suspended !== undefined) this.set(base(obj), suspended ? 1 : 0);
      },
    });
    const info = new Gauge({
      name: 'gotk_resource_info',
      help: 'The current state of a Flux resource reconciliation.',
      labelNames: ['customresource_group', 'customresource_kind', 'customresource_version', 'exported_namespace', 'name', 'ready', 'suspended', 'revision'],
      registers,
      collect() {
        this.reset();
        for (const { obj, info } of objects.values()) if (info) this.set(resourceInfoLabels(obj, info), 1);
      },
    });
    this.writtenOnScrape = [condition, suspend, info];
    this.reconciles = new Counter({ name: 'controller_runtime_reconcile_total', help: 'Total number of reconciliations per controller', labelNames: ['controller', 'result'], registers });
    this.errors = new Counter({ name: 'controller_runtime_reconcile_errors_total', help: 'Total number of reconciliation errors per controller', labelNames: ['controller'], registers });
    this.depth = new Gauge({ name: 'workqueue_depth', help: 'Current depth of workqueue', labelNames: ['name'], registers });
  }

  /** Observes how long one reconcile took. */
  recordDuration(obj: MetricsObject, seconds: number): void {
    this.duration.observe(base(obj), seconds);
  }

  /** Sets `gotk_reconcile_condition` for one condition: 1 on its status, 0 on the others (as Flux did). */
  recordCondition(obj: MetricsObject, type: string, status: ConditionStatus): void {
    this.state(obj).conditions.set(type, status);
  }

  /** Sets `gotk_suspend_status` (1 when suspended). */
  recordSuspend(obj: MetricsObject, suspended: boolean): void {
    this.state(obj).suspended = suspended;
  }

  /** Sets `gotk_resource_info`: one series an object, its labels those of the last call. */
  recordResourceInfo(obj: MetricsObject, info: ResourceInfo): void {
    this.state(obj).info = info;
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
    this.duration.remove(base(obj));
    this.objects.delete(objectKey(obj));
  }

  private state(obj: MetricsObject): ObjectState {
    const key = objectKey(obj);
    let state = this.objects.get(key);
    if (!state) this.objects.set(key, (state = { obj, conditions: new Map() }));
    else state.obj = obj;
    return state;
  }

  /** The exposition text (what `/metrics` serves). */
  async text(): Promise<string> {
    try {
      return await this.registry.metrics();
    } finally {
      // Each scrape writes them out anew; kept until the next, they would cost what the records save.
      for (const gauge of this.writtenOnScrape) gauge.reset();
    }
  }
}

function base(obj: MetricsObject) {
  return { kind: obj.kind, name: obj.name, namespace: obj.namespace };
}

function resourceInfoLabels(obj: MetricsObject, info: ResourceInfo) {
  const slash = obj.apiVersion.indexOf('/');
  return {
    customresource_group: slash < 0 ? '' : obj.apiVersion.slice(0, slash),
    customresource_kind: obj.kind,
    customresource_version: obj.apiVersion.slice(slash + 1),
    exported_namespace: obj.namespace,
    name: obj.name,
    ready: info.ready,
    suspended: String(info.suspended),
    revision: info.revision,
  };
}

function objectKey(obj: MetricsObject): string {
  return `${obj.kind}/${obj.namespace}/${obj.name}`;
}

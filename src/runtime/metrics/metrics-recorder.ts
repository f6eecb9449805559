import { Counter, Gauge, Histogram, Registry, exponentialBuckets } from 'prom-client';

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

/**
 * The Prometheus series Fluxion exports, in its own registry: Flux's `gotk_reconcile_duration_seconds`,
 * `gotk_reconcile_condition`, `gotk_suspend_status` and `gotk_resource_info`, controller-runtime's reconcile
 * counters and `workqueue_depth`. An object's series are deleted with the object.
 */
export class MetricsRecorder {
  readonly registry = new Registry();
  private readonly duration: Histogram<'kind' | 'name' | 'namespace'>;
  private readonly condition: Gauge<'kind' | 'name' | 'namespace' | 'type' | 'status'>;
  private readonly suspend: Gauge<'kind' | 'name' | 'namespace'>;
  private readonly info: Gauge<string>;
  private readonly reconciles: Counter<'controller' | 'result'>;
  private readonly errors: Counter<'controller'>;
  private readonly depth: Gauge<'name'>;
  private readonly infoLabels = new Map<string, Record<string, string>>();
  private readonly conditionTypes = new Map<string, Set<string>>();

  constructor() {
    const registers = [this.registry];
    this.duration = new Histogram({
      name: 'gotk_reconcile_duration_seconds',
      help: 'The duration in seconds of a GitOps Toolkit resource reconciliation.',
      labelNames: ['kind', 'name', 'namespace'],
      buckets: exponentialBuckets(10e-9, 10, 10),
      registers,
    });
    this.condition = new Gauge({
      name: 'gotk_reconcile_condition',
      help: 'The current condition status of a GitOps Toolkit resource reconciliation.',
      labelNames: ['kind', 'name', 'namespace', 'type', 'status'],
      registers,
    });
    this.suspend = new Gauge({ name: 'gotk_suspend_status', help: 'The current suspend status of a GitOps Toolkit resource.', labelNames: ['kind', 'name', 'namespace'], registers });
    this.info = new Gauge({
      name: 'gotk_resource_info',
      help: 'The current state of a Flux resource reconciliation.',
      labelNames: ['customresource_group', 'customresource_kind', 'customresource_version', 'exported_namespace', 'name', 'ready', 'suspended', 'revision'],
      registers,
    });
    this.reconciles = new Counter({ name: 'controller_runtime_reconcile_total', help: 'Total number of reconciliations per controller', labelNames: ['controller', 'result'], registers });
    this.errors = new Counter({ name: 'controller_runtime_reconcile_errors_total', help: 'Total number of reconciliation errors per controller', labelNames: ['controller'], registers });
    this.depth = new Gauge({ name: 'workqueue_depth', help: 'Current depth of workqueue', labelNames: ['name'], registers });
  }

  /** Observes how long one reconcile took. */
  recordDuration(obj: MetricsObject, seconds: number): void {
    this.duration.observe(base(obj), seconds);
  }

  /** Sets `gotk_reconcile_condition` for one condition: 1 on its status, 0 on the others (as Flux did). */
  recordCondition(obj: MetricsObject, type: string, status: 'True' | 'False' | 'Unknown'): void {
    const key = objectKey(obj);
    const types = this.conditionTypes.get(key) ?? new Set<string>();
    types.add(type);
    this.conditionTypes.set(key, types);
    for (const s of conditionStatuses) this.condition.set({ ...base(obj), type, status: s }, s === status ? 1 : 0);
  }

  /** Sets `gotk_suspend_status` (1 when suspended). */
  recordSuspend(obj: MetricsObject, suspended: boolean): void {
    this.suspend.set(base(obj), suspended ? 1 : 0);
  }

  /** Sets `gotk_resource_info`, replacing the object's previous series when a label changed. */
  recordResourceInfo(obj: MetricsObject, info: ResourceInfo): void {
    const key = objectKey(obj);
    const [group, version] = obj.apiVersion.includes('/') ? obj.apiVersion.split('/') : ['', obj.apiVersion];
    const labels = {
      customresource_group: group ?? '',
      customresource_kind: obj.kind,
      customresource_version: version ?? '',
      exported_namespace: obj.namespace,
      name: obj.name,
      ready: info.ready,
      suspended: String(info.suspended),
      revision: info.revision,
    };
    const previous = this.infoLabels.get(key);
    if (previous) this.info.remove(previous);
    this.info.set(labels, 1);
    this.infoLabels.set(key, labels);
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
    const key = objectKey(obj);
    this.duration.remove(base(obj));
    this.suspend.remove(base(obj));
    for (const type of this.conditionTypes.get(key) ?? []) {
      for (const status of conditionStatuses) this.condition.remove({ ...base(obj), type, status });
    }
    this.conditionTypes.delete(key);
    const info = this.infoLabels.get(key);
    if (info) this.info.remove(info);
    this.infoLabels.delete(key);
  }

  /** The exposition text (what `/metrics` serves). */
  text(): Promise<string> {
    return this.registry.metrics();
  }
}

function base(obj: MetricsObject) {
  return { kind: obj.kind, name: obj.name, namespace: obj.namespace };
}

function objectKey(obj: MetricsObject): string {
  return `${obj.kind}/${obj.namespace}/${obj.name}`;
}

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

export type ConditionStatus = 'True' | 'False' | 'Unknown';

/** Everything the per-object series say of one object, as one small record. */
export interface ObjectSeries {
  obj: MetricsObject;
  readonly conditions: Map<string, ConditionStatus>;
  suspended?: boolean;
  info?: ResourceInfo;
  /** Reconcile durations: observations per bucket of `durationBuckets` (the last one is +Inf), their sum. */
  durations?: { counts: Uint32Array; sum: number };
}

// Flux's buckets, prometheus.ExponentialBuckets(10e-9, 10, 10), with their `le` as Go's client writes them.
const durationBuckets: ReadonlyArray<readonly [number, string]> = [
  [1e-8, '1e-08'], [1e-7, '1e-07'], [1e-6, '1e-06'], [1e-5, '1e-05'], [1e-4, '0.0001'],
  [1e-3, '0.001'], [1e-2, '0.01'], [1e-1, '0.1'], [1, '1'], [10, '10'],
];
const conditionStatuses = ['True', 'False', 'Unknown', 'Deleted'] as const;

/** Adds one reconcile's duration to the object's `gotk_reconcile_duration_seconds`. */
export function observeDuration(series: ObjectSeries, seconds: number): void {
  const durations = (series.durations ??= { counts: new Uint32Array(durationBuckets.length + 1), sum: 0 });
  let i = 0;
  while (i < durationBuckets.length && seconds > durationBuckets[i]![0]) i++;
  durations.counts[i]!++;
  durations.sum += seconds;
}

/**
 * `gotk_reconcile_duration_seconds`, `gotk_reconcile_condition`, `gotk_suspend_status` and `gotk_resource_info` in
 * Prometheus' text format, written from the records in chunks of about 64 KiB, one metric family after another.
 *
 * Held as prom-client series, Flux's twelve condition series an object (three types by four statuses, 1 on the
 * current one) and a histogram of twelve were most of a controller's heap at a thousand objects; built for each scrape
 * and rendered whole, a scrape cost 44 ms and a burst of 15–25 MiB. Written from the records as the response drains,
 * a scrape holds one chunk at a time.
 */
export function* objectSeriesText(objects: { values(): Iterable<ObjectSeries> }): Generator<string> {
  let chunk = '';
  const flushed = function* (): Generator<string> {
    if (chunk.length >= 65536) {
      yield chunk;
      chunk = '';
    }
  };
  chunk += header('gotk_reconcile_duration_seconds', 'histogram', 'The duration in seconds of a GitOps Toolkit resource reconciliation.');
  for (const { obj, durations } of objects.values()) {
    if (!durations) continue;
    const labels = baseLabels(obj);
    let cumulative = 0;
    for (let i = 0; i < durationBuckets.length; i++) {
      cumulative += durations.counts[i]!;
      chunk += `gotk_reconcile_duration_seconds_bucket{${labels},le="${durationBuckets[i]![1]}"} ${cumulative}\n`;
    }
    cumulative += durations.counts[durationBuckets.length]!;
    chunk += `gotk_reconcile_duration_seconds_bucket{${labels},le="+Inf"} ${cumulative}\n`;
    chunk += `gotk_reconcile_duration_seconds_sum{${labels}} ${durations.sum}\ngotk_reconcile_duration_seconds_count{${labels}} ${cumulative}\n`;
    yield* flushed();
  }
  chunk += header('gotk_reconcile_condition', 'gauge', 'The current condition status of a GitOps Toolkit resource reconciliation.');
  for (const { obj, conditions } of objects.values()) {
    const labels = baseLabels(obj);
    for (const [type, status] of conditions) {
      for (const s of conditionStatuses) chunk += `gotk_reconcile_condition{${labels},type="${escape(type)}",status="${s}"} ${s === status ? 1 : 0}\n`;
    }
    yield* flushed();
  }
  chunk += header('gotk_suspend_status', 'gauge', 'The current suspend status of a GitOps Toolkit resource.');
  for (const { obj, suspended } of objects.values()) {
    if (suspended === undefined) continue;
    chunk += `gotk_suspend_status{${baseLabels(obj)}} ${suspended ? 1 : 0}\n`;
    yield* flushed();
  }
  chunk += header('gotk_resource_info', 'gauge', 'The current state of a Flux resource reconciliation.');
  for (const { obj, info } of objects.values()) {
    if (!info) continue;
    chunk += `gotk_resource_info{${resourceInfoLabels(obj, info)}} 1\n`;
    yield* flushed();
  }
  yield chunk;
}

function header(name: string, type: string, help: string): string {
  return `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n`;
}

function baseLabels(obj: MetricsObject): string {
  return `kind="${escape(obj.kind)}",name="${escape(obj.name)}",namespace="${escape(obj.namespace)}"`;
}

function resourceInfoLabels(obj: MetricsObject, info: ResourceInfo): string {
  const slash = obj.apiVersion.indexOf('/');
  const group = slash < 0 ? '' : obj.apiVersion.slice(0, slash);
  return [
    `customresource_group="${escape(group)}"`,
    `customresource_kind="${escape(obj.kind)}"`,
    `customresource_version="${escape(obj.apiVersion.slice(slash + 1))}"`,
    `exported_namespace="${escape(obj.namespace)}"`,
    `name="${escape(obj.name)}"`,
    `ready="${info.ready}"`,
    `suspended="${info.suspended}"`,
    `revision="${escape(info.revision)}"`,
  ].join(',');
}

// The text format's label-value escapes: backslash, double quote and line feed.
function escape(value: string): string {
  return /[\\"\n]/.test(value) ? value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') : value;
}

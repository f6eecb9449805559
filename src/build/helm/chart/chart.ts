/** A map of chart values as Helm keeps them: plain objects, arrays, strings, numbers (float64), bigints (Go int), booleans, null. */
export type Values = Record<string, unknown>;

/** One file of a chart, its name relative to the chart root with `/` separators. */
export interface ChartFile {
  name: string;
  data: Buffer;
}

/** A dependency as listed in Chart.yaml (v2) or requirements.yaml (v1). */
export interface ChartDependency {
  name: string;
  version?: string;
  repository?: string;
  condition?: string;
  tags?: string[];
  enabled?: boolean;
  'import-values'?: unknown[];
  alias?: string;
}

/** A maintainer entry of Chart.yaml. */
export interface ChartMaintainer {
  name?: string;
  email?: string;
  url?: string;
}

/** The fields of Chart.yaml, named as in the file. */
export interface ChartMetadata {
  name: string;
  home?: string;
  sources?: string[];
  version: string;
  description?: string;
  keywords?: string[];
  maintainers?: ChartMaintainer[];
  icon?: string;
  apiVersion: string;
  condition?: string;
  tags?: string;
  appVersion?: string;
  deprecated?: boolean;
  annotations?: Record<string, string>;
  kubeVersion?: string;
  dependencies?: ChartDependency[];
  type?: string;
}

/** A loaded chart: metadata, default values, templates, other files and its subcharts (Helm's chart.Chart). */
export interface Chart {
  metadata: ChartMetadata;
  values: Values;
  /** values.schema.json, raw. */
  schema?: Buffer;
  templates: ChartFile[];
  /** Every other file (crds/, README, requirements.yaml for v1 …), as `.Files` sees them. */
  files: ChartFile[];
  dependencies: Chart[];
  parent?: Chart;
}

/** The chart's full path from the root chart, `parent/charts/child`, as Helm names templates. */
export function chartFullPath(chart: Chart): string {
  return chart.parent ? `${chartFullPath(chart.parent)}/charts/${chart.metadata.name}` : chart.metadata.name;
}

/** Whether the chart is a library chart (`type: library`): its templates are usable, nothing is rendered. */
export function isLibraryChart(chart: Chart): boolean {
  return chart.metadata.type === 'library';
}

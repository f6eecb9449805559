import { goFloatG } from '../yaml/go-json.js';
import { goJsonKind, readValuesYaml, readYaml } from '../yaml/read-yaml.js';
import { YamlReadError } from '../yaml/yaml-read-error.js';
import { ChartLoadError } from './chart-load-error.js';
import type { Chart, ChartDependency, ChartFile, ChartMetadata } from './chart.js';
import { readChartArchive } from './read-chart-archive.js';
import { validateMetadata } from './validate-metadata.js';

/**
 * Builds a chart from its files (names relative to the chart root), as Helm's loader.LoadFiles: Chart.yaml,
 * requirements.yaml (v1), values.yaml, values.schema.json, templates/, charts/ (folders and .tgz) and other files.
 */
export function loadChartFiles(files: ChartFile[]): Chart {
  let metadata: ChartMetadata | undefined;
  const chart: Omit<Chart, 'metadata'> = { values: {}, templates: [], files: [], dependencies: [] };
  const subcharts = new Map<string, ChartFile[]>();
  for (const f of files) {
    if (f.name === 'Chart.yaml') {
      metadata = { ...readMetadata(f.data, 'Chart.yaml', metadata) };
      if (!metadata.apiVersion) metadata.apiVersion = 'v1';
    } else if (f.name === 'requirements.yaml') {
      metadata = readMetadata(f.data, 'requirements.yaml', metadata ?? ({} as ChartMetadata));
      if (metadata.apiVersion === 'v1') chart.files.push(f);
    } else if (f.name === 'requirements.lock' || f.name === 'Chart.lock') {
      if (f.name === 'requirements.lock' && metadata?.apiVersion === 'v1') chart.files.push(f);
    } else if (f.name === 'values.yaml') {
      chart.values = readValuesFile(f);
    } else if (f.name === 'values.schema.json') {
      chart.schema = f.data;
    } else if (f.name.startsWith('templates/')) {
      chart.templates.push(f);
    } else if (f.name.startsWith('charts/')) {
      if (f.name.endsWith('.prov')) continue;
      const rest = f.name.slice('charts/'.length);
      const cname = rest.split('/')[0]!;
      const list = subcharts.get(cname) ?? [];
      list.push({ name: rest, data: f.data });
      subcharts.set(cname, list);
    } else {
      chart.files.push(f);
    }
  }
  if (!metadata) throw new ChartLoadError('Chart.yaml file is missing');
  validateMetadata(metadata);
  const loaded: Chart = { metadata, ...chart };
  for (const [n, list] of [...subcharts.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (n.startsWith('_') || n.startsWith('.')) continue;
    const sub = loadSubchart(n, list, metadata.name);
    sub.parent = loaded;
    loaded.dependencies.push(sub);
  }
  return loaded;
}

function loadSubchart(n: string, list: ChartFile[], parentName: string): Chart {
  try {
    if (n.endsWith('.tgz')) {
      const file = list[0]!;
      if (file.name !== n) throw new ChartLoadError(`error unpacking subchart tar in ${parentName}: expected ${n}, got ${file.name}`);
      return loadChartFiles(readChartArchive(file.data, n));
    }
    const inner = list
      .filter((f) => f.name.includes('/'))
      .map((f) => ({ name: f.name.slice(f.name.indexOf('/') + 1), data: f.data }));
    return loadChartFiles(inner);
  } catch (err) {
    throw new ChartLoadError(`error unpacking subchart ${n} in ${parentName}: ${(err as Error).message}`);
  }
}

function readValuesFile(f: ChartFile): Record<string, unknown> {
  try {
    return readValuesYaml(f.data.toString('utf8'));
  } catch (err) {
    throw new ChartLoadError(`cannot load values.yaml: ${(err as Error).message}`);
  }
}

const stringFields = ['name', 'home', 'version', 'description', 'icon', 'apiVersion', 'condition', 'tags', 'appVersion', 'kubeVersion', 'type'] as const;

/** Reads Chart.yaml or requirements.yaml into the metadata (later files add to earlier ones, as Go's Unmarshal). */
function readMetadata(data: Buffer, file: string, into: ChartMetadata | undefined): ChartMetadata {
  let raw: unknown;
  try {
    raw = readYaml(data.toString('utf8'));
  } catch (err) {
    throw new ChartLoadError(`cannot load ${file}: ${err instanceof YamlReadError ? err.message : String(err)}`);
  }
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ChartLoadError(`cannot load ${file}: error unmarshaling JSON: json: cannot unmarshal ${Array.isArray(raw) ? 'array' : typeof raw} into Go value of type chart.Metadata`);
  }
  const md: ChartMetadata = { ...(into ?? ({} as ChartMetadata)) };
  const r = raw as Record<string, unknown>;
  const fail = (field: string, got: unknown, want: string): never => {
    throw new ChartLoadError(`cannot load ${file}: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${goJsonKind(got)} into Go struct field Metadata.${field} of type ${want}`);
  };
  for (const key of stringFields) {
    const v = r[key];
    if (v === undefined || v === null) continue;
    // sigs.k8s.io/yaml turns a YAML number or boolean into text when the Go field is a string (`version: 1.0` is "1").
    if (typeof v === 'number') md[key] = Number.isInteger(v) ? String(v) : goFloatG(v);
    else if (typeof v === 'boolean') md[key] = String(v);
    else if (typeof v === 'string') md[key] = v;
    else fail(key, v, 'string');
  }
  if (r.deprecated !== undefined && r.deprecated !== null) {
    if (typeof r.deprecated !== 'boolean') fail('deprecated', r.deprecated, 'bool');
    md.deprecated = r.deprecated as boolean;
  }
  if (Array.isArray(r.sources)) md.sources = r.sources.map(String);
  if (Array.isArray(r.keywords)) md.keywords = r.keywords.map(String);
  if (Array.isArray(r.maintainers)) md.maintainers = r.maintainers as ChartMetadata['maintainers'];
  if (r.annotations && typeof r.annotations === 'object') md.annotations = r.annotations as Record<string, string>;
  if (Array.isArray(r.dependencies)) md.dependencies = r.dependencies.map((d) => readDependency(d));
  return md;
}

function readDependency(d: unknown): ChartDependency {
  const r = (d ?? {}) as Record<string, unknown>;
  const text = (v: unknown): string | undefined =>
    typeof v === 'string' ? v : typeof v === 'number' ? (Number.isInteger(v) ? String(v) : goFloatG(v)) : typeof v === 'boolean' ? String(v) : undefined;
  const dep: ChartDependency = { name: text(r.name) ?? '' };
  for (const key of ['version', 'repository', 'condition', 'alias'] as const) {
    const v = text(r[key]);
    if (v !== undefined) dep[key] = v;
  }
  if (Array.isArray(r.tags)) dep.tags = r.tags.map(String);
  if (Array.isArray(r['import-values'])) dep['import-values'] = r['import-values'];
  return dep;
}

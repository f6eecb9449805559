import { chartFullPath, type Chart, type Values } from '../chart/chart.js';
import { ChartLoadError } from '../chart/chart-load-error.js';
import { processDependencies } from '../deps/process-dependencies.js';
import type { LookupFunc } from '../funcs/lookup.js';
import { coalesceChartValues, type Warn } from '../values/coalesce.js';
import { validateValuesAgainstSchemas } from '../values/validate-schema.js';
import type { SprigOptions } from '../../gotemplate/index.js';
import { capabilitiesObject, kubeVersionCompatible } from './capabilities.js';
import { collectTemplates } from './collect-templates.js';
import { HelmRenderError } from './helm-render-error.js';
import { sortManifests, type HookManifest, type Manifest } from './sort-manifests.js';
import { renderTemplates } from './template-engine.js';

/** What a release render needs besides the chart: names, user values, the target cluster's versions. */
export interface RenderOptions {
  releaseName: string;
  /** Default `default`. */
  namespace?: string;
  revision?: number;
  isUpgrade?: boolean;
  /** User-supplied values (files and --set already merged), applied over the chart's defaults. */
  values?: Values;
  kubeVersion?: string;
  apiVersions?: string[];
  /** missingkey=error, as `helm template --strict`… (off by default like Helm). */
  strict?: boolean;
  /** A cluster-backed `lookup`; offline (empty results) when absent. */
  lookup?: LookupFunc;
  /** Fixed clock and randomness for Sprig (tests). */
  sprig?: SprigOptions;
  /** Receives Helm's warnings (skipped values, non-bool conditions). */
  warn?: Warn;
}

/** A CRD file from a chart's crds/ folder (never templated). */
export interface CrdFile {
  /** Path as `helm template` prints it: `mychart/crds/x.yaml`, `mychart/charts/sub/crds/y.yaml`. */
  path: string;
  content: string;
}

/** The rendered release: sorted manifests, hooks, CRDs, the root chart's NOTES.txt and the final values. */
export interface RenderResult {
  manifests: Manifest[];
  hooks: HookManifest[];
  crds: CrdFile[];
  notes: string;
  values: Values;
}

/**
 * Renders a chart as `helm install --dry-run` / `helm template` would: dependencies (condition, tags, alias,
 * import-values), values coalesced and checked against every values.schema.json, all templates executed, documents
 * split and sorted in Helm's install order. Pure: no cluster, no network. Throws ChartLoadError,
 * SchemaValidationError or HelmRenderError with Helm's messages.
 */
export function renderChart(chart: Chart, opts: RenderOptions): RenderResult {
  const warn = opts.warn ?? (() => {});
  if (chart.metadata.type === 'library') throw new ChartLoadError('library charts are not installable');
  checkDependencies(chart);
  validateReleaseName(opts.releaseName);
  const userValues = opts.values ?? {};
  const processed = processDependencies(chart, userValues, warn);
  const caps = capabilitiesObject({ kubeVersion: opts.kubeVersion, apiVersions: opts.apiVersions });
  const values = coalesceChartValues(processed, userValues, false, warn);
  validateValuesAgainstSchemas(processed, values);
  const kubeVersion = (caps.KubeVersion as { Version: string }).Version;
  if (processed.metadata.kubeVersion && !kubeVersionCompatible(processed.metadata.kubeVersion, kubeVersion)) {
    throw new HelmRenderError(`chart requires kubeVersion: ${processed.metadata.kubeVersion} which is incompatible with Kubernetes ${kubeVersion}`, true);
  }
  const top: Values = {
    Capabilities: caps,
    Release: {
      Name: opts.releaseName,
      Namespace: opts.namespace ?? 'default',
      IsUpgrade: opts.isUpgrade ?? false,
      IsInstall: !(opts.isUpgrade ?? false),
      Revision: BigInt(opts.revision ?? 1),
      Service: 'Helm',
    },
    Values: values,
  };
  const files = renderTemplates(collectTemplates(processed, top), { strict: opts.strict, lookup: opts.lookup, sprig: opts.sprig });
  let notes = '';
  const notesPath = `${processed.metadata.name}/templates/NOTES.txt`;
  for (const [k, v] of [...files]) {
    if (!k.endsWith('NOTES.txt')) continue;
    if (k === notesPath) notes = v;
    files.delete(k);
  }
  const { hooks, manifests } = sortManifests(files);
  return { manifests, hooks, crds: crdFiles(processed), notes, values };
}

const releaseNamePattern = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Helm's ValidateReleaseName: a DNS-1123 subdomain of at most 53 characters. */
function validateReleaseName(name: string): void {
  if (!releaseNamePattern.test(name) || name.length > 53) {
    throw new ChartLoadError(`release name "${name}": invalid release name, must match regex ${releaseNamePattern.source} and the length must not be longer than 53`);
  }
}

/** Helm's CheckDependencies: every dependency in Chart.yaml must be present under charts/. */
function checkDependencies(chart: Chart): void {
  const reqs = chart.metadata.dependencies;
  if (!reqs) return;
  const missing = reqs.filter((r) => !chart.dependencies.some((d) => d.metadata.name === r.name)).map((r) => r.name);
  if (missing.length > 0) {
    throw new ChartLoadError(`An error occurred while checking for chart dependencies. You may need to run \`helm dependency build\` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: ${missing.join(', ')}`);
  }
}

/** Helm's CRDObjects: the chart's crds/*.yaml|yml|json, then its subcharts', depth first. */
function crdFiles(chart: Chart): CrdFile[] {
  const own = chart.files
    .filter((f) => f.name.startsWith('crds/') && /\.(ya?ml|json)$/.test(f.name))
    .map((f) => ({ path: `${chartFullPath(chart)}/${f.name}`, content: f.data.toString('utf8') }));
  return [...own, ...chart.dependencies.flatMap(crdFiles)];
}

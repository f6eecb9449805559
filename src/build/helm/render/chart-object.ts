import type { Chart, ChartDependency, ChartMetadata } from '../chart/chart.js';
import { goStruct } from './capabilities.js';

/** `.Chart` as templates see it: Chart.yaml's fields under Go's names (`.Chart.AppVersion`), zero values for absent ones, plus IsRoot. */
export function chartObject(chart: Chart): Record<string, unknown> {
  const md: ChartMetadata = chart.metadata;
  const maintainers = md.maintainers?.map((m) => goStruct('*chart.Maintainer', { Name: m.name ?? '', Email: m.email ?? '', URL: m.url ?? '' }, {
    toJSON: () => omitEmpty({ name: m.name, email: m.email, url: m.url }),
  }));
  const dependencies = md.dependencies?.map(dependencyObject);
  // A struct, so a mistyped field (`.Chart.appVersion`) fails as in Helm instead of printing nothing.
  return goStruct('struct { chart.Metadata; IsRoot bool }', {
    Name: md.name ?? '',
    Home: md.home ?? '',
    Sources: md.sources ?? [],
    Version: md.version ?? '',
    Description: md.description ?? '',
    Keywords: md.keywords ?? [],
    Maintainers: maintainers ?? [],
    Icon: md.icon ?? '',
    APIVersion: md.apiVersion ?? '',
    Condition: md.condition ?? '',
    Tags: md.tags ?? '',
    AppVersion: md.appVersion ?? '',
    Deprecated: md.deprecated ?? false,
    Annotations: md.annotations ?? {},
    KubeVersion: md.kubeVersion ?? '',
    Dependencies: dependencies ?? [],
    Type: md.type ?? '',
    IsRoot: chart.parent === undefined,
  }, {
    // encoding/json: Chart.yaml's own names, empty fields left out, then the wrapper's IsRoot.
    toJSON: () => ({
      ...omitEmpty({
        name: md.name, home: md.home, sources: md.sources, version: md.version, description: md.description,
        keywords: md.keywords, maintainers,
        icon: md.icon, apiVersion: md.apiVersion, condition: md.condition, tags: md.tags, appVersion: md.appVersion,
        deprecated: md.deprecated, annotations: md.annotations, kubeVersion: md.kubeVersion,
        dependencies, type: md.type,
      }),
      IsRoot: chart.parent === undefined,
    }),
  });
}

/** Go's `omitempty`: drops undefined, "", false, empty lists and maps, keeping the field order. */
function omitEmpty(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out;
}

function dependencyJson(d: ChartDependency): Record<string, unknown> {
  return {
    name: d.name,
    ...omitEmpty({ version: d.version }),
    repository: d.repository ?? '',
    ...omitEmpty({ condition: d.condition, tags: d.tags, enabled: d.enabled, 'import-values': d['import-values'], alias: d.alias }),
  };
}

function dependencyObject(d: ChartDependency): Record<string, unknown> {
  return goStruct('*chart.Dependency', {
    Name: d.name,
    Version: d.version ?? '',
    Repository: d.repository ?? '',
    Condition: d.condition ?? '',
    Tags: d.tags ?? null,
    Enabled: d.enabled ?? false,
    ImportValues: d['import-values'] ?? null,
    Alias: d.alias ?? '',
  }, { toJSON: () => dependencyJson(d) });
}

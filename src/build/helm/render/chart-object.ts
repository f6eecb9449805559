import type { Chart, ChartDependency, ChartMetadata } from '../chart/chart.js';
import { goStruct } from './capabilities.js';

/** `.Chart` as templates see it: Chart.yaml's fields under Go's names (`.Chart.AppVersion`), zero values for absent ones, plus IsRoot. */
export function chartObject(chart: Chart): Record<string, unknown> {
  const md: ChartMetadata = chart.metadata;
  // A struct, so a mistyped field (`.Chart.appVersion`) fails as in Helm instead of printing nothing.
  return goStruct('struct { chart.Metadata; IsRoot bool }', {
    Name: md.name ?? '',
    Home: md.home ?? '',
    Sources: md.sources ?? null,
    Version: md.version ?? '',
    Description: md.description ?? '',
    Keywords: md.keywords ?? null,
    Maintainers: md.maintainers?.map((m) => goStruct('*chart.Maintainer', { Name: m.name ?? '', Email: m.email ?? '', URL: m.url ?? '' }, {})) ?? null,
    Icon: md.icon ?? '',
    APIVersion: md.apiVersion ?? '',
    Condition: md.condition ?? '',
    Tags: md.tags ?? '',
    AppVersion: md.appVersion ?? '',
    Deprecated: md.deprecated ?? false,
    Annotations: md.annotations ?? null,
    KubeVersion: md.kubeVersion ?? '',
    Dependencies: md.dependencies?.map(dependencyObject) ?? null,
    Type: md.type ?? '',
    IsRoot: chart.parent === undefined,
  }, {});
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
  }, {});
}

import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { ChartLoadError } from './chart/chart-load-error.js';
import { loadChart } from './chart/load-chart.js';
import { formatTemplateOutput } from './render/format-template-output.js';
import { HelmRenderError } from './render/helm-render-error.js';
import { renderChart, type RenderOptions } from './render/render-chart.js';
import { mergeUserValues, type UserValueSources } from './values/merge-user-values.js';
import { parseKubeVersion } from './render/capabilities.js';
import { showOnly } from './render/show-only.js';

/** Everything `helm template` takes: release name, chart path, value sources and printing flags. */
export interface HelmTemplateArgs extends UserValueSources, Omit<RenderOptions, 'values'> {
  chartPath: string;
  includeCrds?: boolean;
  noHooks?: boolean;
  skipTests?: boolean;
  /** `--show-only`: template paths or patterns (`templates/deployment.yaml`, `templates/*.yaml`). */
  showOnly?: string[];
}

/**
 * `helm template` as a function, steps in Helm's order: locate the chart, merge user values, load, render, print.
 * Returns exactly what Helm prints on stdout; throws errors carrying Helm's message (print them with helmErrorText).
 */
export function helmTemplate(args: HelmTemplateArgs): string {
  if (args.kubeVersion !== undefined) parseKubeVersion(args.kubeVersion);
  locateChart(args.chartPath);
  const values = mergeUserValues(args);
  const chart = loadChart(args.chartPath);
  if (chart.metadata.deprecated) args.warn?.('WARNING: This chart is deprecated');
  const result = renderChart(chart, { ...args, values });
  const out = formatTemplateOutput(result, args);
  return args.showOnly && args.showOnly.length > 0 ? showOnly(out, args.showOnly) : out;
}

/** Helm's LocateChart for local paths: a missing path is reported as Helm would try (and fail) a repository. */
function locateChart(name: string): void {
  if (existsSync(name)) return;
  if (isAbsolute(name) || name.startsWith('.')) throw new ChartLoadError(`path "${name}" not found`);
  if (name.includes('/')) throw new ChartLoadError(`repo ${name.split('/')[0]} not found`);
  throw new ChartLoadError(`non-absolute URLs should be in form of repo_name/path_to_chart, got: ${name}`);
}

/** What `helm template` prints on stderr for a failure (with its --debug hint after render failures). */
export function helmErrorText(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const hint = err instanceof HelmRenderError && err.afterRender ? '\n\nUse --debug flag to render out invalid YAML' : '';
  return `Error: ${msg}${hint}\n`;
}

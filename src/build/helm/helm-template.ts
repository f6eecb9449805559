import { loadChart } from './chart/load-chart.js';
import { formatTemplateOutput } from './render/format-template-output.js';
import { HelmRenderError } from './render/helm-render-error.js';
import { renderChart, type RenderOptions } from './render/render-chart.js';
import { mergeUserValues, type UserValueSources } from './values/merge-user-values.js';
import { parseKubeVersion } from './render/capabilities.js';

/** Everything `helm template` takes: release name, chart path, value sources and printing flags. */
export interface HelmTemplateArgs extends UserValueSources, Omit<RenderOptions, 'values'> {
  chartPath: string;
  includeCrds?: boolean;
  noHooks?: boolean;
  skipTests?: boolean;
}

const releaseNamePattern = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * `helm template` as a function: validates the release name, merges user values, loads and renders the chart and
 * returns exactly what Helm prints on stdout. Errors carry Helm's message; `hint` is true when Helm would add
 * "Use --debug flag to render out invalid YAML".
 */
export function helmTemplate(args: HelmTemplateArgs): string {
  if (!releaseNamePattern.test(args.releaseName) || args.releaseName.length > 53) {
    throw new Error(`release name "${args.releaseName}": invalid release name, must match regex ${releaseNamePattern.source} and the length must not be longer than 53`);
  }
  if (args.kubeVersion !== undefined) parseKubeVersion(args.kubeVersion);
  const values = mergeUserValues(args);
  const chart = loadChart(args.chartPath);
  const result = renderChart(chart, { ...args, values });
  return formatTemplateOutput(result, args);
}

/** What `helm template` prints on stderr for a failure (with its --debug hint after render failures). */
export function helmErrorText(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const hint = err instanceof HelmRenderError && err.afterRender ? '\n\nUse --debug flag to render out invalid YAML' : '';
  return `Error: ${msg}${hint}\n`;
}

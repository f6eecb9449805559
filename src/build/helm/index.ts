/**
 * Helm chart rendering (pure: no cluster I/O, no network, no process.env): load a chart from a folder or .tgz,
 * merge values as Helm does, render with Go templates + Sprig + Helm's functions, and print as `helm template`.
 */
export type { Chart, ChartFile, ChartMetadata, ChartDependency, Values } from './chart/chart.js';
export { loadChart, loadChartArchive } from './chart/load-chart.js';
export { loadChartFiles } from './chart/load-chart-files.js';
export { ChartLoadError, isChartLoadError } from './chart/chart-load-error.js';
export { mergeUserValues, mergeMaps, type UserValueSources } from './values/merge-user-values.js';
export { UserValuesError, isUserValuesError } from './values/user-values-error.js';
export { parseSetInto, parseSetFileInto, parseSetJsonInto, parseSetLiteralInto } from './values/parse-set.js';
export { coalesceChartValues } from './values/coalesce.js';
export { validateValuesAgainstSchemas } from './values/validate-schema.js';
export { SchemaValidationError, isSchemaValidationError } from './values/schema-validation-error.js';
export { renderChart, type RenderOptions, type RenderResult, type CrdFile } from './render/render-chart.js';
export type { Manifest, HookManifest } from './render/sort-manifests.js';
export { formatTemplateOutput, type TemplateOutputOptions } from './render/format-template-output.js';
export { HelmRenderError, isHelmRenderError } from './render/helm-render-error.js';
export { helmTemplate, helmErrorText, type HelmTemplateArgs } from './helm-template.js';
export type { LookupFunc } from './funcs/lookup.js';
export { goYamlMarshal } from './yaml/go-yaml-marshal.js';
export { readYaml, readValuesYaml } from './yaml/read-yaml.js';

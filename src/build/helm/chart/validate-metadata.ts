import { ChartLoadError } from './chart-load-error.js';
import type { ChartMetadata } from './chart.js';
import { isValidChartVersion } from './chart-version.js';

const aliasPattern = /^[a-zA-Z0-9_-]+$/;

/** Helm's Metadata.Validate: throws "validation: …" as Helm words it for a Chart.yaml it would refuse. */
export function validateMetadata(md: ChartMetadata): void {
  const fail = (msg: string): never => { throw new ChartLoadError(`validation: ${msg}`); };
  if (!md.apiVersion) fail('chart.metadata.apiVersion is required');
  if (!md.name) fail('chart.metadata.name is required');
  if (md.name.includes('/') || md.name === '.' || md.name === '..') fail(`chart.metadata.name ${JSON.stringify(md.name)} is invalid`);
  if (!md.version) fail('chart.metadata.version is required');
  if (!isValidChartVersion(md.version)) fail(`chart.metadata.version ${JSON.stringify(md.version)} is invalid`);
  if (md.type !== undefined && md.type !== '' && md.type !== 'application' && md.type !== 'library') {
    fail('chart.metadata.type must be application or library');
  }
  const seen = new Set<string>();
  for (const dep of md.dependencies ?? []) {
    if (!dep || typeof dep !== 'object') fail('dependencies must not contain empty or null nodes');
    if (dep.alias !== undefined && dep.alias !== '' && !aliasPattern.test(dep.alias)) {
      fail(`dependency ${JSON.stringify(dep.name)} has disallowed characters in the alias`);
    }
    const key = dep.alias || dep.name;
    if (seen.has(key)) fail(`more than one dependency with name or alias ${JSON.stringify(key)}`);
    seen.add(key);
  }
}

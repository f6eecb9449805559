import { chartFullPath, isLibraryChart, type Chart, type Values } from '../chart/chart.js';
import { chartObject } from './chart-object.js';
import { filesObject } from './files-object.js';
import type { Renderable } from './template-engine.js';

/**
 * Helm's allTemplates: every chart's templates keyed by full path (`parent/charts/sub/templates/x.yaml`), each with
 * its chart's scope (.Chart, .Files, .Values scoped to the subchart, .Release, .Capabilities, .Subcharts).
 * Library charts contribute only their partials.
 */
export function collectTemplates(chart: Chart, top: Values): Map<string, Renderable> {
  const out = new Map<string, Renderable>();
  collect(chart, top, out);
  return out;
}

function collect(c: Chart, parentScope: Values, out: Map<string, Renderable>): Values {
  const subcharts: Values = {};
  const scope: Values = {
    Chart: chartObject(c),
    Files: filesObject(c.files),
    Release: parentScope.Release,
    Capabilities: parentScope.Capabilities,
    Values: {},
    Subcharts: subcharts,
  };
  if (c.parent === undefined) scope.Values = parentScope.Values;
  else {
    const pv = parentScope.Values as Values | undefined;
    const mine = pv?.[c.metadata.name];
    if (mine !== null && typeof mine === 'object' && !Array.isArray(mine)) scope.Values = mine;
  }
  for (const child of c.dependencies) subcharts[child.metadata.name] = collect(child, scope, out);
  const id = chartFullPath(c);
  for (const t of c.templates) {
    if (isLibraryChart(c) && !t.name.split('/').pop()!.startsWith('_')) continue;
    out.set(`${id}/${t.name}`, { tpl: t.data.toString('utf8'), vals: scope, basePath: `${id}/templates` });
  }
  return scope;
}

import type { Chart, ChartDependency, Values } from '../chart/chart.js';
import { isCompatibleRange } from '../chart/chart-version.js';
import { coalesceChartValues, coalesceTables, copyValues, type Warn } from '../values/coalesce.js';
import { missingTableReason, pathToMap, valuesPathValue, valuesTable } from '../values/values-path.js';

/**
 * Helm's ProcessDependenciesWithMerge on a copy of the chart tree: applies aliases, drops subcharts disabled by
 * `condition` or `tags`, then imports values (`import-values`, both forms) into parents. The input is not changed.
 */
export function processDependencies(chart: Chart, vals: Values, warn: Warn = () => {}): Chart {
  const copy = cloneChart(chart, undefined);
  processEnabled(copy, vals, '', warn);
  processImportValues(copy, warn);
  return copy;
}

function cloneChart(c: Chart, parent: Chart | undefined): Chart {
  const out: Chart = {
    ...c,
    metadata: { ...c.metadata, dependencies: c.metadata.dependencies?.map((d) => ({ ...d })) },
    // Shared, not copied: coalescing copies before it merges, and import-values replaces the map.
    values: c.values,
    parent,
    dependencies: [],
  };
  out.dependencies = c.dependencies.map((d) => cloneChart(d, out));
  return out;
}

/**
 * Helm's getAliasDependency: a shallow copy of the subchart with its own metadata, whose dependency entries stay
 * shared with every other copy of the same subchart (Helm copies the struct, not the pointers it holds).
 */
function aliasDependency(charts: Chart[], dep: ChartDependency, parent: Chart): Chart | undefined {
  for (const c of charts) {
    if (c.metadata.name !== dep.name || !isCompatibleRange(dep.version, c.metadata.version)) continue;
    const out: Chart = { ...c, metadata: { ...c.metadata }, parent };
    if (dep.alias) out.metadata.name = dep.alias;
    return out;
  }
  return undefined;
}

/**
 * An import-values entry Helm already resolved. Helm rewrites the shared entry to another Go type that its own
 * type switch then skips, so a second alias of the same chart imports nothing; this class keeps that behaviour.
 */
class ResolvedImport {
  constructor(readonly child: string, readonly parent: string) {}
}

function processEnabled(c: Chart, v: Values, path: string, warn: Warn): void {
  const reqs = c.metadata.dependencies;
  if (!reqs) return;
  const deps: Chart[] = c.dependencies.filter(
    (existing) => !reqs.some((r) => existing.metadata.name === r.name && isCompatibleRange(r.version, existing.metadata.version)),
  );
  for (const req of reqs) {
    const dep = aliasDependency(c.dependencies, req, c);
    if (dep) deps.push(dep);
    if (req.alias) req.name = req.alias;
  }
  c.dependencies = deps;
  for (const r of reqs) r.enabled = true;
  const cvals = coalesceChartValues(c, v, false, warn);
  processTags(reqs, cvals, warn);
  processConditions(reqs, cvals, path, warn);
  const removed = new Set(reqs.filter((r) => !r.enabled).map((r) => r.name));
  c.dependencies = c.dependencies.filter((d) => !removed.has(d.metadata.name));
  c.metadata.dependencies = reqs.filter((r) => !removed.has(r.name));
  for (const t of c.dependencies) processEnabled(t, cvals, `${path}${t.metadata.name}.`, warn);
}

function processConditions(reqs: ChartDependency[], cvals: Values, path: string, warn: Warn): void {
  for (const r of reqs) {
    for (const cond of (r.condition ?? '').trim().split(',')) {
      if (cond.length === 0) continue;
      const got = valuesPathValue(cvals, path + cond);
      if (!got.found) continue;
      if (typeof got.value === 'boolean') {
        r.enabled = got.value;
        break;
      }
      warn(`Warning: Condition path '${cond}' for chart ${r.name} returned non-bool value`);
    }
  }
}

function processTags(reqs: ChartDependency[], cvals: Values, warn: Warn): void {
  const tags = valuesTable(cvals, 'tags');
  if (!tags) return;
  for (const r of reqs) {
    let hasTrue = false;
    let hasFalse = false;
    for (const k of r.tags ?? []) {
      if (!(k in tags)) continue;
      const b = tags[k];
      if (typeof b === 'boolean') {
        if (b) hasTrue = true;
        else hasFalse = true;
      } else warn(`Warning: Tag '${k}' for chart ${r.name} returned non-bool value`);
    }
    if (!hasTrue && hasFalse) r.enabled = false;
    else r.enabled = true;
  }
}

function processImportValues(c: Chart, warn: Warn): void {
  for (const d of c.dependencies) processImportValues(d, warn);
  const reqs = c.metadata.dependencies;
  if (!reqs) return;
  const cvals = coalesceChartValues(c, undefined, true, warn);
  let b: Values = {};
  for (const r of reqs) {
    const out: unknown[] = [];
    for (const riv of r['import-values'] ?? []) {
      if (riv instanceof ResolvedImport) continue;
      if (riv !== null && typeof riv === 'object' && !Array.isArray(riv)) {
        const iv = riv as Values;
        const child = String(iv.child ?? '');
        const parent = String(iv.parent ?? '');
        out.push(new ResolvedImport(child, parent));
        const vv = valuesTable(cvals, `${r.name}.${child}`);
        if (!vv) { warn(`Warning: ImportValues missing table from chart ${r.name}: ${missingTableReason(cvals, `${r.name}.${child}`)}`); continue; }
        b = coalesceTables(b, pathToMap(parent, copyValues(vv)), true, warn);
      } else if (typeof riv === 'string') {
        const child = `exports.${riv}`;
        out.push(new ResolvedImport(child, '.'));
        const vm = valuesTable(cvals, `${r.name}.${child}`);
        if (!vm) { warn(`Warning: ImportValues missing table: ${missingTableReason(cvals, `${r.name}.${child}`)}`); continue; }
        b = coalesceTables(b, copyValues(vm), true, warn);
      }
    }
    r['import-values'] = out;
  }
  c.values = coalesceTables(copyValues(cvals), b, true, warn);
}

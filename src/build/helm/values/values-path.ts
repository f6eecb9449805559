import type { Values } from '../chart/chart.js';

const isTable = (v: unknown): v is Values => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Helm's Values.Table: the map at a dotted path, or undefined when a step is missing or not a map. */
export function valuesTable(v: Values, path: string): Values | undefined {
  let cur: Values = v;
  for (const part of path.split('.')) {
    const next = cur[part];
    if (!isTable(next)) return undefined;
    cur = next;
  }
  return cur;
}

/** Why Values.Table failed, as Helm words it: the first step that is missing or not a map (`"exports" is not a table`). */
export function missingTableReason(v: Values, path: string): string {
  let cur: Values = v;
  for (const part of path.split('.')) {
    const next = cur[part];
    if (!isTable(next)) return `${JSON.stringify(part)} is not a table`;
    cur = next;
  }
  return '';
}

/** Helm's Values.PathValue: the non-map value at a dotted path; `{ found: false }` when absent or a map. */
export function valuesPathValue(v: Values, path: string): { found: boolean; value?: unknown } {
  const parts = path.split('.');
  const key = parts.pop()!;
  const table = parts.length === 0 ? v : valuesTable(v, parts.join('.'));
  if (!table || !Object.prototype.hasOwnProperty.call(table, key) || isTable(table[key])) return { found: false };
  return { found: true, value: table[key] };
}

/** Helm's pathToMap: `a.b` and a map m become `{a: {b: m}}`; `.` is the map itself. */
export function pathToMap(path: string, data: Values): Values {
  if (path === '.') return data;
  const parts = path.split('.').filter((p) => p !== '');
  let out: Values = data;
  for (let i = parts.length - 1; i >= 0; i--) out = { [parts[i]!]: out };
  return out;
}

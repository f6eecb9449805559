import { stringify } from 'yaml';
import type { KubeObject } from '../cluster/client/index.js';
import { comparable } from '../cluster/ssa/index.js';

/** One changed field: its dotted path and the values before (live) and after (desired); undefined when absent. */
export interface FieldChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

type Json = Record<string, unknown>;
const isMap = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function walk(before: unknown, after: unknown, path: string, out: FieldChange[]): void {
  if (same(before, after)) return;
  if (isMap(before) && isMap(after)) {
    for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      walk(before[key], after[key], path ? `${path}.${key}` : key, out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    before.forEach((b, i) => walk(b, after[i], `${path}[${i}]`, out));
    return;
  }
  out.push({ path, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) });
}

/** Replaces Secret values with `***` (or `*** (before)` / `*** (after)` where they differ) on both sides. */
function maskSecrets(live: Json, desired: Json): void {
  for (const field of ['data', 'stringData']) {
    const a = isMap(live[field]) ? { ...live[field] } : undefined;
    const b = isMap(desired[field]) ? { ...desired[field] } : undefined;
    for (const key of new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])) {
      const differ = a?.[key] !== b?.[key];
      if (a && key in a) a[key] = differ ? '*** (before)' : '***';
      if (b && key in b) b[key] = differ ? '*** (after)' : '***';
    }
    if (a) live[field] = a;
    if (b) desired[field] = b;
  }
}

/**
 * The fields that differ between the live object and the server's dry-run result, ignoring status and server
 * bookkeeping; a Secret's values never appear, only `***` markers.
 */
export function objectDiff(live: KubeObject, desired: KubeObject): FieldChange[] {
  const a = { ...comparable(live) } as Json;
  const b = { ...comparable(desired) } as Json;
  delete a.status;
  delete b.status;
  if (live.kind === 'Secret') maskSecrets(a, b);
  const out: FieldChange[] = [];
  walk(a, b, '', out);
  return out;
}

function show(value: unknown, sign: string): string {
  const text = typeof value === 'string' && !value.includes('\n') ? value : stringify(value, { lineWidth: 0 }).trimEnd();
  return text.split('\n').map((line) => `  ${sign} ${line}`).join('\n');
}

/** Renders changes as flux diff does: the field path, then `- before` and `+ after` lines. */
export function renderDiff(changes: readonly FieldChange[]): string {
  return changes.map((c) => [
    c.path,
    ...(c.before === undefined ? [] : [show(c.before, '-')]),
    ...(c.after === undefined ? [] : [show(c.after, '+')]),
  ].join('\n')).join('\n\n') + '\n';
}

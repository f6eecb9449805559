import { formatValue } from '../../gotemplate/index.js';
import type { Chart, Values } from '../chart/chart.js';

/** Where coalescing reports what it skipped (Helm logs these as warnings). */
export type Warn = (message: string) => void;

const isTable = (v: unknown): v is Values => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array);

/** A deep copy of plain values (maps and lists copied, scalars shared). */
export function copyValues<T>(v: T): T {
  if (Array.isArray(v)) return v.map(copyValues) as T;
  if (isTable(v)) {
    const o: Values = {};
    for (const [k, val] of Object.entries(v)) o[k] = copyValues(val);
    return o as T;
  }
  return v;
}

/**
 * Helm's CoalesceValues (merge=false) / MergeValues (merge=true): the chart's defaults and its subcharts' under
 * `vals`, which win; with merge=false a `null` in `vals` deletes the key. `global` flows down into subcharts.
 */
export function coalesceChartValues(chart: Chart, vals: Values | undefined, merge: boolean, warn: Warn = () => {}): Values {
  return coalesce(chart, copyValues(vals ?? {}), '', merge, warn);
}

/** CoalesceTables / MergeTables: `src` fills in what `dst` lacks, recursively; `dst` is changed and returned. */
export function coalesceTables(dst: Values | undefined, src: Values | undefined, merge: boolean, warn: Warn = () => {}, prefix = ''): Values {
  if (src === undefined) return dst ?? {};
  if (dst === undefined) return src;
  // Helm 3.17 deletes a user null only where the chart has that key; a null for a key it lacks stays (as nil).
  for (const [key, val] of Object.entries(src)) {
    const fullKey = concatPrefix(prefix, key);
    const has = Object.prototype.hasOwnProperty.call(dst, key);
    const dv = dst[key];
    if (has && !merge && dv === null) delete dst[key];
    else if (!has) dst[key] = val;
    else if (isTable(val)) {
      if (isTable(dv)) coalesceTables(dv, val, merge, warn, fullKey);
      else warn(`warning: cannot overwrite table with non table for ${fullKey} (${formatValue(val)})`);
    } else if (isTable(dv) && val !== null) {
      warn(`warning: destination for ${fullKey} is a table. Ignoring non-table value (${formatValue(val)})`);
    }
  }
  return dst;
}

function coalesce(ch: Chart, dest: Values, prefix: string, merge: boolean, warn: Warn): Values {
  coalesceValues(ch, dest, prefix, merge, warn);
  return coalesceDeps(ch, dest, prefix, merge, warn);
}

function coalesceDeps(ch: Chart, dest: Values, prefix: string, merge: boolean, warn: Warn): Values {
  for (const sub of ch.dependencies) {
    const name = sub.metadata.name;
    if (!(name in dest)) dest[name] = {};
    else if (!isTable(dest[name])) {
      const v = dest[name];
      throw new Error(`type mismatch on ${name}: ${v === null ? '%!t(<nil>)' : `%!t(${goTypeOf(v)}=${String(v)})`}`);
    }
    const dv = dest[name] as Values;
    const subPrefix = concatPrefix(prefix, ch.metadata.name);
    coalesceGlobals(dv, dest, subPrefix, warn);
    dest[name] = coalesce(sub, dv, subPrefix, merge, warn);
  }
  return dest;
}

function coalesceGlobals(dest: Values, src: Values, prefix: string, warn: Warn): void {
  let dg: Values;
  let sg: Values;
  if (!('global' in dest)) dg = {};
  else if (isTable(dest.global)) dg = dest.global;
  else { warn('warning: skipping globals because destination global is not a table.'); return; }
  if (!('global' in src)) sg = {};
  else if (isTable(src.global)) sg = src.global;
  else { warn('warning: skipping globals because source global is not a table.'); return; }
  for (const [key, val] of Object.entries(sg)) {
    if (isTable(val)) {
      const vv: Values = { ...val };
      const destv = dg[key];
      if (!(key in dg)) dg[key] = vv;
      else if (!isTable(destv)) warn(`Conflict: cannot merge map onto non-map for "${key}". Skipping.`);
      else {
        coalesceTables(vv, destv, true, warn, concatPrefix(prefix, key));
        dg[key] = vv;
      }
    } else if (key in dg && isTable(dg[key])) {
      warn(`key ${key} is table. Skipping`);
    } else {
      dg[key] = val;
    }
  }
  dest.global = dg;
}

function coalesceValues(ch: Chart, v: Values, prefix: string, merge: boolean, warn: Warn): void {
  const subPrefix = concatPrefix(prefix, ch.metadata.name);
  const vc = copyValues(ch.values);
  for (const [key, val] of Object.entries(vc)) {
    if (Object.prototype.hasOwnProperty.call(v, key)) {
      const value = v[key];
      if (value === null && !merge) delete v[key];
      else if (isTable(value)) {
        if (!isTable(val)) {
          if (val !== null) warn(`warning: skipped value for ${subPrefix}.${key}: Not a table.`);
        } else {
          const childMerge = ch.dependencies.some((d) => d.metadata.name === key) ? true : merge;
          coalesceTables(value, val, childMerge, warn, concatPrefix(subPrefix, key));
        }
      }
    } else {
      v[key] = val;
    }
  }
}

const concatPrefix = (a: string, b: string): string => (a === '' ? b : `${a}.${b}`);

function goTypeOf(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int64';
  if (typeof v === 'number') return 'float64';
  if (Array.isArray(v)) return '[]interface {}';
  return 'interface {}';
}

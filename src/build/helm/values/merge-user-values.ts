import { readValuesYaml } from '../yaml/read-yaml.js';
import type { Values } from '../chart/chart.js';
import { parseSetFileInto, parseSetInto, parseSetJsonInto, parseSetLiteralInto } from './parse-set.js';
import { UserValuesError } from './user-values-error.js';

/** What the user passed: values files (already read, in order), `--set` and `--set-string` arguments. */
export interface UserValueSources {
  valueFiles?: Array<{ name: string; text: string }>;
  setJson?: string[];
  set?: string[];
  setString?: string[];
  setFile?: string[];
  setLiteral?: string[];
  /** Reads a `--set-file` path (the CLI passes the disk; a controller may refuse). */
  readFile?: (path: string) => string;
}

/** Helm's cli/values MergeValues: files merged in order (maps deep, the rest replaced), then --set, then --set-string. */
export function mergeUserValues(src: UserValueSources): Values {
  let base: Values = {};
  for (const f of src.valueFiles ?? []) {
    let current: Values;
    try {
      current = readValuesYaml(f.text);
    } catch (err) {
      throw new UserValuesError(`failed to parse ${f.name}: ${(err as Error).message}`);
    }
    base = mergeMaps(base, current);
  }
  for (const s of src.setJson ?? []) {
    try {
      parseSetJsonInto(s, base);
    } catch (err) {
      throw new UserValuesError(`failed parsing --set-json data ${s}`, { cause: err });
    }
  }
  for (const s of src.set ?? []) wrap('--set', () => parseSetInto(s, base));
  for (const s of src.setString ?? []) wrap('--set-string', () => parseSetInto(s, base, true));
  const readFile = src.readFile ?? ((path: string): string => { throw new Error(`open ${path}: reading files is not allowed here`); });
  for (const s of src.setFile ?? []) wrap('--set-file', () => parseSetFileInto(s, base, readFile));
  for (const s of src.setLiteral ?? []) wrap('--set-literal', () => parseSetLiteralInto(s, base));
  return base;
}

function wrap(flag: string, fn: () => void): void {
  try {
    fn();
  } catch (err) {
    throw new UserValuesError(`failed parsing ${flag} data: ${(err as Error).message}`, { cause: err });
  }
}

const isMap = (v: unknown): v is Values => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Deep merge of two values maps where `b` wins; maps merge key by key, anything else replaces. */
export function mergeMaps(a: Values, b: Values): Values {
  const out: Values = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = isMap(v) && isMap(prev) ? mergeMaps(prev, v) : v;
  }
  return out;
}

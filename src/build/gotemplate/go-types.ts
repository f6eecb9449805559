import { GoTime } from './go-time.js';

/** Marks a JS object as a Go struct/pointer value with this type name (`%T`, `typeOf`); such objects are not maps. */
export const goTypeTag: unique symbol = Symbol.for('fluxion.gotemplate.goType');

/** A Go map in our value model: a plain object or a JS Map with string keys. */
export type GoMap = Record<string, unknown> | Map<string, unknown>;

/** Whether a value is a Go map (plain object, Map, or an object exposing methods — not an array/time/bytes). */
export function isGoMap(v: unknown): v is GoMap {
  if (v === null || typeof v !== 'object') return false;
  return !Array.isArray(v) && !(v instanceof GoTime) && !(v instanceof Uint8Array) && !(goTypeTag in v);
}

/** The map's entries sorted by key, as Go's fmt and range order them. */
export function sortedEntries(m: GoMap): [string, unknown][] {
  const entries = m instanceof Map ? [...m.entries()] : Object.entries(m).filter(([, v]) => typeof v !== 'function');
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Looks up a key of a Go map; `undefined` when absent. */
export function mapGet(m: GoMap, k: string): unknown {
  if (m instanceof Map) return m.get(k);
  return Object.prototype.hasOwnProperty.call(m, k) ? m[k] : undefined;
}

/** Whether a Go map has a key. */
export function mapHas(m: GoMap, k: string): boolean {
  return m instanceof Map ? m.has(k) : Object.prototype.hasOwnProperty.call(m, k);
}

/** Number of entries of a Go map. */
export function mapSize(m: GoMap): number {
  return m instanceof Map ? m.size : Object.keys(m).filter((k) => typeof m[k] !== 'function').length;
}

/** Go's type name of a value, as `%T` and `typeOf` print it. */
export function goTypeName(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  switch (typeof v) {
    case 'bigint': return 'int';
    case 'number': return 'float64';
    case 'string': return 'string';
    case 'boolean': return 'bool';
    case 'function': return 'func(...interface {}) (interface {}, error)';
    default: break;
  }
  if (Array.isArray(v)) return (v as unknown as Record<symbol, string | undefined>)[goTypeTag] ?? '[]interface {}';
  if (v instanceof Uint8Array) return '[]uint8';
  if (v instanceof GoTime) return 'time.Time';
  if (typeof v === 'object' && goTypeTag in v) return String((v as Record<symbol, unknown>)[goTypeTag]);
  return 'map[string]interface {}';
}

/** Go's reflect.Kind name of a value, as `kindOf` prints it. */
export function goKindName(v: unknown): string {
  if (v === null || v === undefined) return 'invalid';
  switch (typeof v) {
    case 'bigint': return 'int';
    case 'number': return 'float64';
    case 'string': return 'string';
    case 'boolean': return 'bool';
    case 'function': return 'func';
    default: break;
  }
  if (Array.isArray(v) || v instanceof Uint8Array) return 'slice';
  if (v instanceof GoTime) return 'struct';
  if (typeof v === 'object' && goTypeTag in v) return String((v as Record<symbol, unknown>)[goTypeTag]).startsWith('*') ? 'ptr' : 'struct';
  return 'map';
}

/** Tags a JS array with the Go slice type it stands for (`[]string`, `[]int`) so `%T`/`typeOf` print it. */
export function typedList<T>(arr: T[], type: string): T[] {
  Object.defineProperty(arr, goTypeTag, { value: type, enumerable: false });
  return arr;
}

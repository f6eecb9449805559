import { GoTime } from './go-time.js';
import { isGoMap, mapSize } from './go-types.js';

/** Go's template truth: false for nil, false, 0, "", and empty slices and maps; true otherwise. */
export function isTrue(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  switch (typeof v) {
    case 'boolean': return v;
    case 'string': return v.length > 0;
    case 'number': return v !== 0;
    case 'bigint': return v !== 0n;
    default: break;
  }
  if (Array.isArray(v) || v instanceof Uint8Array) return v.length > 0;
  if (v instanceof GoTime) return true;
  if (isGoMap(v)) return mapSize(v) > 0;
  return true;
}

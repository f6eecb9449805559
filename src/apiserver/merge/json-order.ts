/**
 * Kubernetes' total order on JSON values (structured-merge-diff `value.Compare`): numbers < strings < booleans <
 * lists < maps < null; numbers numerically, strings by code unit, lists and maps lexically (maps by sorted keys).
 * It orders set items and keys in FieldsV1 exactly as the API server does.
 */
export function compareJson(a: unknown, b: unknown): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case 0: return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
    case 1: return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
    case 2: return a === b ? 0 : a ? 1 : -1;
    case 3: return compareLists(a as unknown[], b as unknown[]);
    case 4: return compareMaps(a as Record<string, unknown>, b as Record<string, unknown>);
    default: return 0;
  }
}

function rank(v: unknown): number {
  if (typeof v === 'number') return 0;
  if (typeof v === 'string') return 1;
  if (typeof v === 'boolean') return 2;
  if (Array.isArray(v)) return 3;
  if (v !== null && typeof v === 'object') return 4;
  return 5;
}

function compareLists(a: unknown[], b: unknown[]): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const c = compareJson(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function compareMaps(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  for (let i = 0; i < ka.length && i < kb.length; i++) {
    if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    const c = compareJson(a[ka[i]!], b[kb[i]!]);
    if (c !== 0) return c;
  }
  return ka.length === kb.length ? 0 : ka.length < kb.length ? -1 : 1;
}

/** Deep equality of two JSON values (key order ignored), without serialising them. */
export function jsonEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEquals(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ma = a as Record<string, unknown>;
  const mb = b as Record<string, unknown>;
  let n = 0;
  for (const k in ma) {
    if (!Object.prototype.hasOwnProperty.call(mb, k) || !jsonEquals(ma[k], mb[k])) return false;
    n++;
  }
  return Object.keys(mb).length === n;
}

/** Whether a value is a JSON object (not an array, not null). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The RFC 7386 JSON merge patch that turns `before` into `after`, or undefined when they are equal.
 * Objects are diffed key by key (removed keys become null); arrays and scalars are replaced whole.
 */
export function mergeDiff(before: unknown, after: unknown): unknown {
  if (isObject(before) && isObject(after)) {
    const patch: Record<string, unknown> = {};
    for (const key of Object.keys(before)) if (!(key in after) || after[key] === undefined) patch[key] = null;
    for (const [key, value] of Object.entries(after)) {
      if (value === undefined) continue;
      const sub = key in before ? mergeDiff(before[key], value) : value;
      if (sub !== undefined) patch[key] = sub;
    }
    return Object.keys(patch).length > 0 ? patch : undefined;
  }
  return jsonEqual(before, after) ? undefined : (after as Json);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function jsonEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

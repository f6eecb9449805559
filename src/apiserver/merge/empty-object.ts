import { isObject } from './json-order.js';
import type { TypeNode } from './type-node.js';

/** Struct fields Kubernetes' Go types hold by value, so an empty object already has them (as `{}`). */
const valueStructs = new Set(['metadata', 'spec', 'status', 'template', 'jobTemplate', 'strategy', 'updateStrategy']);

/**
 * The "empty object" a create is compared against, as the API server builds it from a new Go value: for built-in
 * kinds, value structs (`spec`, `template`, …) are present as `{}` and required fields as `null`, so a create records
 * `.` only for maps and lists that really appear (`f:labels: {.: {}}`, but no `.` on `f:spec`). Limited to the keys
 * `next` has. Custom resources start from `{}`.
 */
export function emptyObjectFor(type: TypeNode, next: unknown): Record<string, unknown> {
  return type.isBuiltinKind ? skeleton(type, next) : {};
}

function skeleton(type: TypeNode, next: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!isObject(next)) return out;
  const required = new Set(type.required);
  for (const k of Object.keys(next)) {
    const child = type.field(k);
    const byValue = valueStructs.has(k) && child.isStruct;
    if (byValue) out[k] = skeleton(child, next[k]);
    else if (required.has(k)) out[k] = child.isStruct ? skeleton(child, next[k]) : null;
  }
  return out;
}

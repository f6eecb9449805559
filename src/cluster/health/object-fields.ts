import type { LiveObject } from './health-status.js';

/** A status condition as kstatus reads it. */
export interface ObjectCondition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

/** A nested field, or undefined when any step is missing or not an object. */
export function field(obj: unknown, ...path: string[]): unknown {
  let cur: unknown = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** A nested integer field with a default when absent (as kstatus' GetIntField). */
export function intField(obj: unknown, path: string[], fallback: number): number {
  const v = field(obj, ...path);
  return typeof v === 'number' ? v : fallback;
}

/** `status.conditions` as a list (empty when absent or malformed). */
export function conditionsOf(obj: LiveObject): ObjectCondition[] {
  const list = field(obj, 'status', 'conditions');
  return Array.isArray(list) ? (list.filter((c) => c && typeof c === 'object' && typeof c.type === 'string') as ObjectCondition[]) : [];
}

/** The condition of a type, if present. */
export function findCondition(obj: LiveObject, type: string): ObjectCondition | undefined {
  return conditionsOf(obj).find((c) => c.type === type);
}

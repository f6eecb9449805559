import type { KubeObject } from '../client/index.js';

// Bookkeeping the server changes on every write; never a difference a user cares about.
const volatileMetadata = ['managedFields', 'resourceVersion', 'generation', 'creationTimestamp', 'uid', 'selfLink'];

/** A copy without server bookkeeping, for comparing desired with live. */
export function comparable(obj: KubeObject): KubeObject {
  const metadata: Record<string, unknown> = { ...obj.metadata };
  for (const key of volatileMetadata) delete metadata[key];
  return { ...obj, metadata } as KubeObject;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ak = Object.keys(a as object);
  const bo = b as Record<string, unknown>;
  return ak.length === Object.keys(bo).length && ak.every((k) => k in bo && deepEqual((a as Record<string, unknown>)[k], bo[k]));
}

/**
 * Whether applying would change the live object: the server's dry-run result compared with what is stored.
 * Equal means the object is already as desired and is not written again.
 */
export function hasDrifted(live: KubeObject, dryRunResult: KubeObject): boolean {
  return !deepEqual(comparable(live), comparable(dryRunResult));
}

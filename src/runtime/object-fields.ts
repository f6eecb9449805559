import { ReconcileRequestAnnotation } from '../api/meta/annotations.js';
import type { KubeObject } from '../cluster/client/index.js';
import { parseDuration } from '../lib/duration.js';
import { StalledError } from './errors/stalled-error.js';

/** `spec.suspend === true`. */
export function isSuspended(obj: KubeObject): boolean {
  return (obj.spec as { suspend?: unknown } | undefined)?.suspend === true;
}

/** The `reconcile.fluxcd.io/requestedAt` annotation's value, if any. */
export function requestedAt(obj: KubeObject): string | undefined {
  return obj.metadata.annotations?.[ReconcileRequestAnnotation];
}

/**
 * A Go duration field of `spec` in milliseconds, or undefined when absent. A malformed value stalls the object
 * with a message naming the object and field (the CRD pattern normally refuses it first).
 */
export function specDurationMs(obj: KubeObject, field: 'interval' | 'retryInterval' | 'timeout'): number | undefined {
  const value = (obj.spec as Record<string, unknown> | undefined)?.[field];
  if (value === undefined || value === null || value === '') return undefined;
  try {
    return parseDuration(String(value));
  } catch (err) {
    const where = `${obj.kind}/${obj.metadata.namespace ? obj.metadata.namespace + '/' : ''}${obj.metadata.name}`;
    throw new StalledError('ReconciliationFailed', `${where}: spec.${field}: ${(err as Error).message}`);
  }
}

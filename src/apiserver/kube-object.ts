import type { ObjectMeta } from '../api/meta/object-meta.js';

export type { ObjectMeta, OwnerReference } from '../api/meta/object-meta.js';

/** A Kubernetes object as JSON: apiVersion, kind, metadata and whatever else its kind has. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}

/** Whether a value is a plain JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy of a JSON value; stored objects are shared, so every write path copies before changing. */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

import type { MergeEngine } from './merge-engine.js';
import type { ResourceRegistry } from './registry/resource-registry.js';
import type { ObjectStore } from './storage/object-store.js';
import type { WatchHub } from './storage/watch-hub.js';

/** Minimal structured logger the server writes to (pino-compatible). */
export interface ApiLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Everything the request handlers and in-process controllers share; built once per server. */
export interface ApiContext {
  store: ObjectStore;
  hub: WatchHub;
  registry: ResourceRegistry;
  merge: MergeEngine;
  log: ApiLogger;
  /** The clock; injected so tests may pin it. */
  now(): Date;
}

/** RFC 3339 with seconds precision, as Kubernetes writes timestamps. */
export function rfc3339(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

import type { ClusterClient, KubeObject } from '../cluster/client/index.js';
import { ObjectCache } from './cache/object-cache.js';

/**
 * Another kind whose changes queue objects of the controller's kind, as controller-runtime's
 * `Watches(…, EnqueueRequestsFromMapFunc)`: e.g. a source's new artifact revision queues the Kustomizations
 * that use it, so they apply it at once instead of at their next interval.
 */
export interface SecondaryWatch {
  apiVersion: string;
  kind: string;
  /** Whether a change of the watched object matters (`previous` undefined: it appeared). Default: any change. */
  changed?(previous: KubeObject | undefined, obj: KubeObject): boolean;
  /** The controller's objects to queue for a watched object, picked from the controller's cached objects. */
  map(obj: KubeObject, primaries: readonly KubeObject[]): readonly KubeObject[];
}

/** Calls `enqueue` with the primaries a watched object's change maps to (nothing when the change does not matter). */
export function fireWatch(watch: SecondaryWatch, previous: KubeObject | undefined, obj: KubeObject, primaries: () => readonly KubeObject[], enqueue: (obj: KubeObject) => void): void {
  if (watch.changed && !watch.changed(previous, obj)) return;
  for (const p of watch.map(obj, primaries())) enqueue(p);
}

/** Watches one secondary kind and calls `enqueue` with the primaries it maps to. */
export function secondaryCache(
  client: ClusterClient,
  watch: SecondaryWatch,
  options: { namespace?: string; reconnectMinMs?: number; reconnectMaxMs?: number },
  primaries: () => readonly KubeObject[],
  enqueue: (obj: KubeObject) => void,
  onWatchError: (err: unknown, retryInMs: number) => void,
): ObjectCache {
  const fire = (previous: KubeObject | undefined, obj: KubeObject): void => fireWatch(watch, previous, obj, primaries, enqueue);
  return new ObjectCache(
    client,
    { apiVersion: watch.apiVersion, kind: watch.kind, namespace: options.namespace, reconnectMinMs: options.reconnectMinMs, reconnectMaxMs: options.reconnectMaxMs },
    { onAdd: (obj) => fire(undefined, obj), onUpdate: (prev, obj) => fire(prev, obj), onDelete: () => undefined, onWatchError },
  );
}

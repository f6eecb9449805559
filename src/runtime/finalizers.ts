import type { ClusterClient, KubeObject } from '../cluster/client/index.js';
import { isConflictError, refOf } from '../cluster/client/index.js';

/** Whether the object lists the finalizer. */
export function hasFinalizer(obj: KubeObject, finalizer: string): boolean {
  return obj.metadata.finalizers?.includes(finalizer) ?? false;
}

/**
 * Adds the finalizer before the controller first acts, so a deletion always waits for cleanup. The patch
 * carries the resourceVersion, so a finalizer someone else added meanwhile is never lost; on a conflict the
 * object is re-read and the change made again (a user's edit racing the first reconcile is not a failure).
 * Returns the stored object (the same object when already present).
 */
export async function addFinalizer(client: ClusterClient, obj: KubeObject, finalizer: string): Promise<KubeObject> {
  return updateFinalizers(client, obj, (list) => (list.includes(finalizer) ? undefined : [...list, finalizer]));
}

/** Removes the finalizer after cleanup is done, letting the API server delete the object. */
export async function removeFinalizer(client: ClusterClient, obj: KubeObject, finalizer: string): Promise<KubeObject> {
  return updateFinalizers(client, obj, (list) => (list.includes(finalizer) ? list.filter((f) => f !== finalizer) : undefined));
}

// Applies `change` to the finalizer list (undefined: nothing to do), retrying on a stale resourceVersion.
async function updateFinalizers(client: ClusterClient, obj: KubeObject, change: (list: string[]) => string[] | undefined): Promise<KubeObject> {
  let current = obj;
  for (let attempt = 0; ; attempt++) {
    const finalizers = change(current.metadata.finalizers ?? []);
    if (!finalizers) return current;
    try {
      return await client.patch(refOf(current), { metadata: { finalizers, resourceVersion: current.metadata.resourceVersion } });
    } catch (err) {
      if (!isConflictError(err) || attempt >= 4) throw err;
      current = await client.get(refOf(current));
    }
  }
}

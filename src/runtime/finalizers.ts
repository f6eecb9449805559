import type { ClusterClient, KubeObject } from '../cluster/client/index.js';
import { refOf } from '../cluster/client/index.js';

/** Whether the object lists the finalizer. */
export function hasFinalizer(obj: KubeObject, finalizer: string): boolean {
  return obj.metadata.finalizers?.includes(finalizer) ?? false;
}

/**
 * Adds the finalizer before the controller first acts, so a deletion always waits for cleanup. The patch
 * carries the resourceVersion: a concurrent change makes it fail with ConflictError instead of losing a
 * finalizer someone else added. Returns the stored object (unchanged object when already present).
 */
export async function addFinalizer(client: ClusterClient, obj: KubeObject, finalizer: string): Promise<KubeObject> {
  if (hasFinalizer(obj, finalizer)) return obj;
  return setFinalizers(client, obj, [...(obj.metadata.finalizers ?? []), finalizer]);
}

/** Removes the finalizer after cleanup is done, letting the API server delete the object. */
export async function removeFinalizer(client: ClusterClient, obj: KubeObject, finalizer: string): Promise<KubeObject> {
  if (!hasFinalizer(obj, finalizer)) return obj;
  return setFinalizers(client, obj, (obj.metadata.finalizers ?? []).filter((f) => f !== finalizer));
}

function setFinalizers(client: ClusterClient, obj: KubeObject, finalizers: string[]): Promise<KubeObject> {
  const patch = { metadata: { finalizers, resourceVersion: obj.metadata.resourceVersion } };
  return client.patch(refOf(obj), patch);
}

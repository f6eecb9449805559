import { ReconcileRequestAnnotation } from '../api/meta/annotations.js';
import type { ClusterClient, KubeObject, ObjectRef } from '../cluster/client/index.js';
import { parseDuration } from '../lib/duration.js';
import { conditionOf, isSettled } from './object-status.js';

/** The controller did not finish in time; says which object and how long was waited. */
export class ReconcileTimeoutError extends Error {
  override name = 'ReconcileTimeoutError';
}


/**
 * Asks the controller to reconcile now (Flux's requestedAt annotation) and returns the token written. `spec`
 * changes (resume's `suspend: false`) go in the same patch, so the controller sees one change, not two.
 */
export async function requestReconcile(client: ClusterClient, ref: ObjectRef, spec?: Record<string, unknown>): Promise<string> {
  const token = new Date().toISOString();
  await client.patch(ref, { metadata: { annotations: { [ReconcileRequestAnnotation]: token } }, ...(spec ? { spec } : {}) });
  return token;
}

/**
 * Waits until the controller has handled a request (`status.lastHandledReconcileAt` echoes the token, as flux
 * checks: the status is written at the end of a reconcile, so its Ready condition is that run's outcome) or, without
 * a token, until the object settles on its latest generation; returns the object. Polls: works against any cluster.
 */
export async function waitForReconcile(client: ClusterClient, ref: ObjectRef, token: string | undefined, timeout: string): Promise<KubeObject> {
  const deadline = Date.now() + parseDuration(timeout);
  for (;;) {
    const obj = await client.get(ref);
    const handled = (obj.status as { lastHandledReconcileAt?: string } | undefined)?.lastHandledReconcileAt;
    const ready = conditionOf(obj, 'Ready');
    if (token === undefined ? isSettled(obj) : handled === token && ready !== undefined && ready.status !== 'Unknown') return obj;
    if (Date.now() > deadline) {
      throw new ReconcileTimeoutError(`timed out after ${timeout} waiting for ${ref.kind}/${ref.namespace ?? ''}/${ref.name}${ready?.message ? `: ${ready.message}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

import type { ClusterClient, KubeObject, ObjectRef } from '../cluster/client/index.js';
import { parseDuration } from '../lib/duration.js';
import { conditionOf, isSettled } from './object-status.js';

/** The controller did not finish in time; says which object and how long was waited. */
export class ReconcileTimeoutError extends Error {
  override name = 'ReconcileTimeoutError';
}

const REQUESTED_AT = 'reconcile.fluxcd.io/requestedAt';

/** Asks the controller to reconcile now (Flux's requestedAt annotation) and returns the token written. */
export async function requestReconcile(client: ClusterClient, ref: ObjectRef): Promise<string> {
  const token = new Date().toISOString();
  await client.patch(ref, { metadata: { annotations: { [REQUESTED_AT]: token } } });
  return token;
}

/**
 * Waits until the controller has handled a request (`status.lastHandledReconcileAt` echoes the token) and
 * settled on Ready True or False; returns the object. Polls: works the same against any cluster.
 */
export async function waitForReconcile(client: ClusterClient, ref: ObjectRef, token: string | undefined, timeout: string): Promise<KubeObject> {
  const deadline = Date.now() + parseDuration(timeout);
  for (;;) {
    const obj = await client.get(ref);
    const handled = (obj.status as { lastHandledReconcileAt?: string } | undefined)?.lastHandledReconcileAt;
    if ((token === undefined || handled === token) && isSettled(obj)) return obj;
    if (Date.now() > deadline) {
      const ready = conditionOf(obj, 'Ready');
      throw new ReconcileTimeoutError(`timed out after ${timeout} waiting for ${ref.kind}/${ref.namespace ?? ''}/${ref.name}${ready?.message ? `: ${ready.message}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

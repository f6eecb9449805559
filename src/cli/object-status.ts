import type { KubeObject } from '../cluster/client/index.js';

interface Condition { type: string; status: string; reason?: string; message?: string; observedGeneration?: number; lastTransitionTime?: string }

/** The object's condition of a type. */
export function conditionOf(obj: KubeObject, type: string): Condition | undefined {
  const list = ((obj.status as { conditions?: Condition[] } | undefined)?.conditions) ?? [];
  return list.find((c) => c.type === type);
}

/** The revision a user cares about: applied revision for Kustomizations, artifact revision for sources. */
export function revisionOf(obj: KubeObject): string {
  const status = (obj.status ?? {}) as { lastAppliedRevision?: string; lastAttemptedRevision?: string; artifact?: { revision?: string } };
  return status.lastAppliedRevision ?? status.artifact?.revision ?? status.lastAttemptedRevision ?? '';
}

/** Whether the controller has finished with the current generation: Ready is True or False, not Unknown/in progress. */
export function isSettled(obj: KubeObject): boolean {
  const ready = conditionOf(obj, 'Ready');
  const observed = (obj.status as { observedGeneration?: number } | undefined)?.observedGeneration;
  const generation = obj.metadata.generation;
  const reconciling = conditionOf(obj, 'Reconciling')?.status === 'True';
  return !!ready && ready.status !== 'Unknown' && !reconciling && (generation === undefined || observed === generation);
}

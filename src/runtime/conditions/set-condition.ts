import type { Condition } from '../../api/meta/condition.js';
import type { Conditioned, ConditionStatus } from './conditioned.js';

/** A condition to write: the helpers fill in `lastTransitionTime` and `observedGeneration`. */
export interface ConditionInput {
  type: string;
  status: ConditionStatus;
  reason: string;
  message: string;
}

/**
 * Writes a condition in place. `lastTransitionTime` moves only when status, reason or message change (so a
 * steady state never rewrites status); `observedGeneration` is the object's generation. `now` is RFC 3339.
 */
export function setCondition(obj: Conditioned, input: ConditionInput, now: string): void {
  const status = (obj.status ??= {});
  const list = (status.conditions ??= []);
  const generation = obj.metadata.generation;
  const index = list.findIndex((c) => c.type === input.type);
  const existing = index >= 0 ? list[index] : undefined;
  const unchanged =
    existing && existing.status === input.status && existing.reason === input.reason && existing.message === input.message;
  const next: Condition = {
    type: input.type,
    status: input.status,
    ...(generation !== undefined ? { observedGeneration: generation } : {}),
    lastTransitionTime: unchanged ? existing.lastTransitionTime : now,
    reason: input.reason,
    message: input.message,
  };
  if (index >= 0) list[index] = next;
  else list.push(next);
}

/** Removes the condition of this type, if present. */
export function deleteCondition(obj: Conditioned, type: string): void {
  const list = obj.status?.conditions;
  if (!list) return;
  const index = list.findIndex((c) => c.type === type);
  if (index >= 0) list.splice(index, 1);
}

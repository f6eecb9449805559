import type { Condition } from '../../api/meta/condition.js';
import type { Conditioned, ConditionStatus } from './conditioned.js';

/** A condition to write: the helpers fill in `lastTransitionTime` and `observedGeneration`. */
export interface ConditionInput {
  type: string;
  status: ConditionStatus;
  reason: string;
  message: string;
}

// fluxcd/pkg orders conditions for kubectl: Stalled, Reconciling, Ready, then the rest by type.
const weights: Record<string, number> = { Stalled: 0, Reconciling: 1, Ready: 2 };

function before(a: Condition, b: Condition): number {
  const wa = weights[a.type];
  const wb = weights[b.type];
  if (wa !== undefined && wb !== undefined) return wa - wb;
  if (wa !== undefined || wb !== undefined) return wa !== undefined ? -1 : 1;
  return a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
}

/**
 * Writes a condition in place. `lastTransitionTime` moves only when status, reason or message change (so a
 * steady state never rewrites status); `observedGeneration` is the object's generation. `now` is RFC 3339.
 * The list stays in Flux's order (Stalled, Reconciling, Ready, then by type).
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
  list.sort(before);
}

/** Removes the condition of this type, if present. */
export function deleteCondition(obj: Conditioned, type: string): void {
  const list = obj.status?.conditions;
  if (!list) return;
  const index = list.findIndex((c) => c.type === type);
  if (index >= 0) list.splice(index, 1);
}

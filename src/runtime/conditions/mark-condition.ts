import type { Reason } from '../../api/reasons.js';
import type { Conditioned } from './conditioned.js';
import { deleteCondition, setCondition } from './set-condition.js';

/** Sets a condition `True` with a reason and message; `now` is RFC 3339. */
export function markTrue(obj: Conditioned, type: string, reason: Reason, message: string, now: string): void {
  setCondition(obj, { type, status: 'True', reason, message }, now);
}

/** Sets a condition `False` with a reason and message. */
export function markFalse(obj: Conditioned, type: string, reason: Reason, message: string, now: string): void {
  setCondition(obj, { type, status: 'False', reason, message }, now);
}

/** Sets a condition `Unknown` with a reason and message. */
export function markUnknown(obj: Conditioned, type: string, reason: Reason, message: string, now: string): void {
  setCondition(obj, { type, status: 'Unknown', reason, message }, now);
}

/** Marks the object as being worked on (kstatus `Reconciling=True`), dropping `Stalled`. */
export function markReconciling(obj: Conditioned, reason: Reason, message: string, now: string): void {
  deleteCondition(obj, 'Stalled');
  markTrue(obj, 'Reconciling', reason, message, now);
}

/** Marks the object as stuck until its spec changes (kstatus `Stalled=True`), dropping `Reconciling`. */
export function markStalled(obj: Conditioned, reason: Reason, message: string, now: string): void {
  deleteCondition(obj, 'Reconciling');
  markTrue(obj, 'Stalled', reason, message, now);
}

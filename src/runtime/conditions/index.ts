/** Condition helpers and the shared kstatus summarizer. */
export type { Conditioned, ConditionStatus } from './conditioned.js';
export type { ConditionTable } from './condition-table.js';
export { emptyConditionTable } from './condition-table.js';
export type { ReconcileOutcome } from './reconcile-outcome.js';
export { getCondition, isFalse, isTrue } from './get-condition.js';
export { deleteCondition, setCondition, type ConditionInput } from './set-condition.js';
export { markFalse, markReconciling, markStalled, markTrue, markUnknown } from './mark-condition.js';
export { beginReconcile, summarize } from './summarize.js';

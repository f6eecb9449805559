import type { Condition } from '../../api/meta/condition.js';
import type { ConditionTable } from './condition-table.js';
import type { Conditioned } from './conditioned.js';
import { getCondition } from './get-condition.js';
import { deleteCondition, setCondition } from './set-condition.js';
import type { ReconcileOutcome } from './reconcile-outcome.js';

/**
 * Marks the start of a reconcile: a generation not yet observed sets `Reconciling=True` (Progressing), as
 * source-controller words it. Other conditions are left for the steps to set.
 */
export function beginReconcile(obj: Conditioned, now: string): void {
  const generation = obj.metadata.generation ?? 0;
  const observed = obj.status?.observedGeneration ?? -1;
  if (generation === observed) return;
  const from = Math.max(observed, 0);
  setCondition(obj, { type: 'Reconciling', status: 'True', reason: 'Progressing', message: `processing object: new generation ${from} -> ${generation}` }, now);
}

/**
 * The one place `Ready`, `Reconciling`, `Stalled` and `status.observedGeneration` are computed, from the
 * controller's owned conditions (per its table) and the reconcile outcome, following kstatus as Flux does.
 */
export function summarize(obj: Conditioned, table: ConditionTable, outcome: ReconcileOutcome, now: string): void {
  const abnormal = firstAbnormal(obj, table);
  switch (outcome.kind) {
    case 'stalled':
      setCondition(obj, { type: 'Stalled', status: 'True', reason: outcome.reason, message: outcome.message }, now);
      deleteCondition(obj, 'Reconciling');
      setCondition(obj, { type: 'Ready', status: 'False', reason: outcome.reason, message: outcome.message }, now);
      observe(obj);
      return;
    case 'failure': {
      deleteCondition(obj, 'Stalled');
      const cause = abnormal ?? outcome;
      setCondition(obj, { type: 'Ready', status: 'False', reason: cause.reason, message: cause.message }, now);
      const reconciling = getCondition(obj, 'Reconciling');
      if (reconciling) {
        setCondition(obj, { type: 'Reconciling', status: 'True', reason: 'ProgressingWithRetry', message: reconciling.message }, now);
      }
      return;
    }
    case 'waiting':
      deleteCondition(obj, 'Stalled');
      setCondition(obj, { type: 'Ready', status: 'False', reason: outcome.reason, message: outcome.message }, now);
      return;
    case 'success': {
      deleteCondition(obj, 'Stalled');
      deleteCondition(obj, 'Reconciling');
      const ready = abnormal
        ? { status: 'False' as const, reason: abnormal.reason, message: abnormal.message }
        : { status: 'True' as const, ...readyTrue(obj, table, outcome) };
      setCondition(obj, { type: 'Ready', ...ready }, now);
      observe(obj);
    }
  }
}

function readyTrue(obj: Conditioned, table: ConditionTable, outcome: { reason?: string; message?: string }) {
  if (outcome.reason || outcome.message) {
    return { reason: outcome.reason ?? 'Succeeded', message: outcome.message ?? 'Reconciliation succeeded' };
  }
  const positive = table.summarize
    .filter((t) => !table.negativePolarity.includes(t))
    .map((t) => getCondition(obj, t))
    .find((c): c is Condition => c?.status === 'True');
  return positive ? { reason: positive.reason, message: positive.message } : { reason: 'Succeeded', message: 'Reconciliation succeeded' };
}

function firstAbnormal(obj: Conditioned, table: ConditionTable): Condition | undefined {
  for (const type of table.summarize) {
    const c = getCondition(obj, type);
    if (!c) continue;
    const negative = table.negativePolarity.includes(type);
    if ((negative && c.status === 'True') || (!negative && c.status === 'False')) return c;
  }
  return undefined;
}

function observe(obj: Conditioned): void {
  if (obj.metadata.generation === undefined) return;
  (obj.status ??= {}).observedGeneration = obj.metadata.generation;
}

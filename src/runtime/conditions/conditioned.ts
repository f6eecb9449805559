import type { Condition } from '../../api/meta/condition.js';

/** Anything with `status.conditions` (every Flux kind); the helpers here read and write that list in place. */
export interface Conditioned {
  metadata: { generation?: number };
  status?: { conditions?: Condition[]; observedGeneration?: number; [key: string]: unknown };
}

/** The condition status values of `metav1.Condition`. */
export type ConditionStatus = Condition['status'];

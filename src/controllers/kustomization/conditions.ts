import type { ConditionTable } from '../../runtime/conditions/condition-table.js';

/** Kustomization's own condition: `Healthy`, set by the health check step (kustomize-controller's meta.HealthyCondition). */
export const HEALTHY = 'Healthy';

/** The conditions this controller owns and how they roll up into Ready. */
export const kustomizationConditions: ConditionTable = {
  owned: [HEALTHY],
  summarize: [HEALTHY],
  negativePolarity: [],
};

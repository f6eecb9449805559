/**
 * What a controller's `conditions.ts` declares: the condition types it owns and how they roll up into `Ready`.
 * Order in `summarize` is priority: the first abnormal type there decides a `False` Ready.
 */
export interface ConditionTable {
  /** Types this controller writes besides Ready/Reconciling/Stalled (others' conditions are left alone). */
  owned: readonly string[];
  /** Types that feed `Ready`, highest priority first. */
  summarize: readonly string[];
  /** Types that are abnormal when `True` (FetchFailed, BuildFailed, ArtifactOutdated, …). */
  negativePolarity: readonly string[];
}

/** A table for a kind with no conditions of its own: `Ready` comes from the reconcile outcome alone. */
export const emptyConditionTable: ConditionTable = { owned: [], summarize: [], negativePolarity: [] };

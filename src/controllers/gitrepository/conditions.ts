import type { ConditionTable } from '../../runtime/conditions/condition-table.js';

/** source-controller's condition types for GitRepository, word for word. */
export const ARTIFACT_IN_STORAGE = 'ArtifactInStorage';
export const FETCH_FAILED = 'FetchFailed';
export const STORAGE_FAILED = 'StorageOperationFailed';
export const INCLUDE_UNAVAILABLE = 'IncludeUnavailable';

/** The conditions this controller owns; failures (negative polarity) outrank the artifact being stored. */
export const gitRepositoryConditions: ConditionTable = {
  owned: [ARTIFACT_IN_STORAGE, FETCH_FAILED, STORAGE_FAILED, INCLUDE_UNAVAILABLE],
  summarize: [FETCH_FAILED, INCLUDE_UNAVAILABLE, STORAGE_FAILED, ARTIFACT_IN_STORAGE],
  negativePolarity: [FETCH_FAILED, INCLUDE_UNAVAILABLE, STORAGE_FAILED],
};

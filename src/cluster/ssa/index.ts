export { ResourceManager, type DeleteAllOptions, type ResourceManagerOptions, type StagedApplyOptions } from './resource-manager.js';
export { ApplyError, isApplyError, type ObjectFailure } from './apply-error.js';
export { applyStages, isCrd } from './apply-stages.js';
export { changeOf, describeChanges, subjectOf, type ChangeAction, type ChangeSet, type ChangeSetEntry, type KubeObjectLike } from './change-set.js';
export { comparable, hasDrifted } from './drift.js';
export { FORCE_ANNOTATION, PRUNE_ANNOTATION, RECONCILE_ANNOTATION, SSA_ANNOTATION, applyPolicyOf, isPruneDisabled } from './policy.js';
export { CrdNotEstablishedError, waitForCrdsEstablished } from './wait-for-crds.js';

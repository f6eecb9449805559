import type { Reconciler } from '../../runtime/reconciler.js';
import { gitRepositoryConditions } from './conditions.js';
import type { GitRepositoryObject } from './git-repository-object.js';
import { reconcileGitRepository, type GitRepositoryDeps } from './reconcile.js';

/** source-controller's finalizer name. */
export const SOURCE_FINALIZER = 'finalizers.fluxcd.io';

/** The GitRepository controller as the runtime runs it; its artifacts go to `deps.store`. */
export function gitRepositoryReconciler(deps: GitRepositoryDeps): Reconciler<GitRepositoryObject> {
  return {
    apiVersion: 'source.toolkit.fluxcd.io/v1',
    kind: 'GitRepository',
    conditionTable: gitRepositoryConditions,
    reconcile: (ctx, repo, signal) => reconcileGitRepository(deps, ctx, repo, signal),
    finalizer: SOURCE_FINALIZER,
    finalize: async (_ctx, repo) => {
      await deps.store.removeAll({ kind: 'GitRepository', namespace: repo.metadata.namespace ?? '', name: repo.metadata.name ?? '' });
    },
    revision: (repo) => repo.status?.artifact?.revision,
  };
}

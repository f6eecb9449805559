import { FluxValidator } from '../../api/validation/flux-validator.js';
import type { Reconciler } from '../../runtime/reconciler.js';
import { adoptCurrentSpec } from '../adopt-current-spec.js';
import { gitRepositoryConditions } from './conditions.js';
import type { GitRepositoryObject } from './git-repository-object.js';
import { reconcileGitRepository, type GitRepositoryDeps } from './reconcile.js';
import { gitRepositoryWatches } from './watches.js';

/** source-controller's finalizer name. */
export const SOURCE_FINALIZER = 'finalizers.fluxcd.io';

/** The GitRepository controller as the runtime runs it; its artifacts go to `deps.store`. */
export function gitRepositoryReconciler(deps: GitRepositoryDeps): Reconciler<GitRepositoryObject> {
  const validator = new FluxValidator();
  return {
    apiVersion: 'source.toolkit.fluxcd.io/v1',
    kind: 'GitRepository',
    conditionTable: gitRepositoryConditions,
    reconcile: (ctx, repo, signal) => {
      adoptCurrentSpec(ctx, repo, validator);
      return reconcileGitRepository(deps, ctx, repo, signal);
    },
    finalizer: SOURCE_FINALIZER,
    finalize: async (_ctx, repo) => {
      await deps.store.removeAll({ kind: 'GitRepository', namespace: repo.metadata.namespace ?? '', name: repo.metadata.name ?? '' });
    },
    revision: (repo) => repo.status?.artifact?.revision,
    watches: gitRepositoryWatches,
  };
}

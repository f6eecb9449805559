import type { Reconciler } from '../../runtime/reconciler.js';
import { onCurrentSpec } from '../on-current-spec.js';
import type { UnsupportedField } from '../refuse-unsupported.js';
import { gitRepositoryConditions } from './conditions.js';
import type { GitRepositoryObject } from './git-repository-object.js';
import { reconcileGitRepository, type GitRepositoryDeps } from './reconcile.js';
import { gitRepositoryWatches } from './watches.js';

// Fields Flux has that this version does not act on yet: using one stalls the GitRepository, naming it.
const unsupported: UnsupportedField[] = [
  { path: 'spec.verify', why: 'commit signature verification is not implemented; fetching unverified commits instead would defeat it' },
  { path: 'spec.proxySecretRef', why: 'proxies are not implemented' },
  { path: 'spec.sparseCheckout', why: 'sparse checkout is not implemented' },
  { path: 'spec.provider', why: 'cloud provider authentication is not implemented', allowed: ['generic'] },
];

/** source-controller's finalizer name. */
export const SOURCE_FINALIZER = 'finalizers.fluxcd.io';

/** The GitRepository controller as the runtime runs it; its artifacts go to `deps.store`. */
export function gitRepositoryReconciler(deps: GitRepositoryDeps): Reconciler<GitRepositoryObject> {
  return {
    apiVersion: 'source.toolkit.fluxcd.io/v1',
    kind: 'GitRepository',
    conditionTable: gitRepositoryConditions,
    reconcile: onCurrentSpec(unsupported, (ctx, repo, signal) => reconcileGitRepository(deps, ctx, repo, signal)),
    finalizer: SOURCE_FINALIZER,
    finalize: async (_ctx, repo) => {
      await deps.store.removeAll({ kind: 'GitRepository', namespace: repo.metadata.namespace ?? '', name: repo.metadata.name ?? '' });
    },
    revision: (repo) => repo.status?.artifact?.revision,
    watches: gitRepositoryWatches,
  };
}

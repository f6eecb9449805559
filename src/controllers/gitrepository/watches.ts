import type { KubeObject } from '../../cluster/client/index.js';
import type { SecondaryWatch } from '../../runtime/secondary-watch.js';
import type { GitRepositoryObject } from './git-repository-object.js';

const revision = (o: KubeObject | undefined): string | undefined =>
  (o?.status as { artifact?: { revision?: string } } | undefined)?.artifact?.revision;

/** A GitRepository's new artifact queues the GitRepositories that include it (`spec.include`). */
export const gitRepositoryWatches: readonly SecondaryWatch[] = [{
  apiVersion: 'source.toolkit.fluxcd.io/v1',
  kind: 'GitRepository',
  changed: (prev, obj) => revision(obj) !== undefined && revision(prev) !== revision(obj),
  map: (included, all) => all.filter((r) => r.metadata.namespace === included.metadata.namespace &&
    ((r as GitRepositoryObject).spec?.include ?? []).some((inc) => inc.repository.name === included.metadata.name)),
}];

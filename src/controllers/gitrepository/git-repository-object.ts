import type { GitRepositorySpec } from '../../api/source/v1/git-repository.js';
import type { Condition } from '../../api/meta/condition.js';
import type { KubeObject } from '../../cluster/client/index.js';
import type { StoredArtifact } from '../../artifact/artifact-store.js';

/** The status fields this controller writes. */
export interface GitRepositoryStatus {
  [key: string]: unknown;
  observedGeneration?: number;
  conditions?: Condition[];
  artifact?: StoredArtifact;
  includedArtifacts?: StoredArtifact[];
  observedIgnore?: string;
  observedRecurseSubmodules?: boolean;
}

/** A GitRepository as the controller reads it (converted to `source.toolkit.fluxcd.io/v1`). */
export type GitRepositoryObject = KubeObject & { spec: GitRepositorySpec; status?: GitRepositoryStatus };

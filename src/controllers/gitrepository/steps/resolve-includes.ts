import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoredArtifact } from '../../../artifact/artifact-store.js';
import { copyInclude } from '../../../artifact/copy-include.js';
import { fetchArtifact } from '../../../artifact/fetch-artifact.js';
import { isNotFoundError, type ClusterClient } from '../../../cluster/client/index.js';
import { WaitingError } from '../../../runtime/errors/waiting-error.js';
import type { GitRepositoryObject } from '../git-repository-object.js';

/** The artifacts of the GitRepositories named in `spec.include`, in order; waits while one has none. */
export async function includedArtifacts(client: ClusterClient, repo: GitRepositoryObject, retryMs: number, signal: AbortSignal): Promise<StoredArtifact[]> {
  const out: StoredArtifact[] = [];
  for (const inc of repo.spec.include ?? []) {
    const name = inc.repository.name;
    try {
      const other = await client.get({ apiVersion: repo.apiVersion, kind: 'GitRepository', name, namespace: repo.metadata.namespace ?? '' }, { signal });
      const artifact = (other.status as { artifact?: StoredArtifact } | undefined)?.artifact;
      if (!artifact) throw new WaitingError('IncludeUnavailable', `included GitRepository '${name}' has no artifact yet`, retryMs);
      out.push(artifact);
    } catch (err) {
      if (!isNotFoundError(err)) throw err;
      throw new WaitingError('IncludeUnavailable', `included GitRepository '${name}' not found`, retryMs);
    }
  }
  return out;
}

/** Copies each included artifact into the checked-out tree at its `toPath` (default: the repository's name). */
export async function copyIncludes(repo: GitRepositoryObject, dir: string, artifacts: readonly StoredArtifact[], signal: AbortSignal): Promise<void> {
  const includes = repo.spec.include ?? [];
  for (let i = 0; i < includes.length; i++) {
    const inc = includes[i]!;
    const artifact = artifacts[i]!;
    const staging = await mkdtemp(join(tmpdir(), 'fluxion-include-'));
    try {
      await fetchArtifact(artifact.url, artifact.digest, staging, { signal });
      await copyInclude(dir, {
        sourceDir: staging,
        repositoryName: inc.repository.name,
        ...(inc.fromPath ? { fromPath: inc.fromPath } : {}),
        ...(inc.toPath ? { toPath: inc.toPath } : {}),
      });
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
}

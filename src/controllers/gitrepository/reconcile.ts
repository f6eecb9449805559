import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isArtifactError } from '../../artifact/artifact-error.js';
import type { ArtifactStore, StoredArtifact } from '../../artifact/artifact-store.js';
import { parseDuration } from '../../lib/duration.js';
import { deleteCondition, setCondition } from '../../runtime/conditions/set-condition.js';
import { ReconcileError } from '../../runtime/errors/reconcile-error.js';
import type { ReconcileContext, ReconcileResult } from '../../runtime/reconciler.js';
import { shortMessage } from '../../source/git/git-commit.js';
import { isGitError } from '../../source/git/git-error.js';
import { fetchGitSource } from '../../source/git/fetch-git-source.js';
import { resolveRemoteRevision, type RemoteRevision } from '../../source/git/resolve-remote-revision.js';
import { ARTIFACT_IN_STORAGE, FETCH_FAILED, STORAGE_FAILED } from './conditions.js';
import type { GitRepositoryObject } from './git-repository-object.js';
import { loadAuth } from './steps/load-auth.js';
import { copyIncludes, includedArtifacts } from './steps/resolve-includes.js';

/** What the controller needs besides the cluster: where artifacts are stored and Flux's default branch. */
export interface GitRepositoryDeps {
  store: ArtifactStore;
  defaultBranch?: string;
}

function ownerOf(repo: GitRepositoryObject) {
  return { kind: 'GitRepository', namespace: repo.metadata.namespace ?? '', name: repo.metadata.name ?? '' };
}

// The stored artifact still matches what the spec and the remote say: nothing to fetch.
async function upToDate(deps: GitRepositoryDeps, repo: GitRepositoryObject, remote: RemoteRevision, included: StoredArtifact[]): Promise<boolean> {
  const s = repo.status ?? {};
  if (!s.artifact || s.artifact.revision !== remote.revision || !(await deps.store.exists(s.artifact.path))) return false;
  if ((s.observedIgnore ?? '') !== (repo.spec.ignore ?? '') || (s.observedRecurseSubmodules ?? false) !== (repo.spec.recurseSubmodules ?? false)) return false;
  const before = (s.includedArtifacts ?? []).map((a) => a.digest).join(',');
  return before === included.map((a) => a.digest).join(',');
}

/**
 * One GitRepository reconcile, as source-controller does it: credentials → one `ls-remote` → (only when the
 * revision, ignore rules or includes changed) shallow fetch → includes → pack → store → GC. A failure keeps the
 * last good artifact and says why (FetchFailed with the git error, never a credential).
 */
export async function reconcileGitRepository(deps: GitRepositoryDeps, ctx: ReconcileContext, repo: GitRepositoryObject, signal: AbortSignal): Promise<ReconcileResult> {
  const timeoutMs = parseDuration(repo.spec.timeout ?? '60s');
  const retryMs = parseDuration(repo.spec.interval);
  const status = (repo.status ??= {});
  // The artifact server may listen elsewhere after a restart: advertise where the stored artifact is served now.
  if (status.artifact) status.artifact = { ...status.artifact, url: deps.store.urlFor(status.artifact.path) };
  const gitOptions = { timeoutMs, signal, ...(deps.defaultBranch ? { defaultBranch: deps.defaultBranch } : {}) };
  let remote: RemoteRevision;
  try {
    const auth = await loadAuth(ctx.client, repo, signal);
    remote = await resolveRemoteRevision({ url: repo.spec.url, ...(repo.spec.ref ? { ref: repo.spec.ref } : {}) }, auth, gitOptions);
    const included = await includedArtifacts(ctx.client, repo, retryMs, signal);
    if (!(await upToDate(deps, repo, remote, included))) {
      const dir = await mkdtemp(join(tmpdir(), 'fluxion-git-'));
      try {
        await ctx.progress('Progressing', `building artifact: new upstream revision '${remote.revision}'`);
        const fetched = await fetchGitSource({ url: repo.spec.url, ...(repo.spec.ref ? { ref: repo.spec.ref } : {}), auth, dir, recurseSubmodules: repo.spec.recurseSubmodules ?? false, resolved: remote, ...gitOptions });
        await copyIncludes(repo, dir, included, signal);
        const artifact = await deps.store.archive(ownerOf(repo), dir, fetched.revision, repo.spec.ignore ? { ignore: repo.spec.ignore } : {});
        await deps.store.gc(ownerOf(repo), artifact.path);
        status.artifact = artifact;
        status.includedArtifacts = included;
        status.observedIgnore = repo.spec.ignore;
        status.observedRecurseSubmodules = repo.spec.recurseSubmodules ?? false;
        ctx.event({ type: 'Normal', reason: 'NewArtifact', message: `stored artifact for commit '${shortMessage(fetched.commit)}'`, annotations: { 'source.toolkit.fluxcd.io/revision': fetched.revision } });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
  } catch (err) {
    if (isGitError(err)) {
      setCondition(repo, { type: FETCH_FAILED, status: 'True', reason: err.reason, message: err.message }, ctx.now());
      throw new ReconcileError(err.reason, err.message);
    }
    // Packing or storing failed (a symlink escaping the repository, a full disk): the last artifact stays.
    if (isArtifactError(err)) {
      setCondition(repo, { type: STORAGE_FAILED, status: 'True', reason: err.reason, message: err.message }, ctx.now());
      throw new ReconcileError(err.reason, err.message);
    }
    throw err;
  }
  deleteCondition(repo, FETCH_FAILED);
  deleteCondition(repo, STORAGE_FAILED);
  const message = `stored artifact for revision '${status.artifact!.revision}'`;
  setCondition(repo, { type: ARTIFACT_IN_STORAGE, status: 'True', reason: 'Succeeded', message }, ctx.now());
  return { reason: 'Succeeded', message };
}

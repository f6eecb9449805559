import { sanitizeUrl } from '../../lib/url-sanitize.js';
import { GitAuth, validateGitAuth } from './git-auth.js';
import { GitError } from './git-error.js';
import { selectRef, type GitRepositoryRef, type SelectedRef } from './git-ref.js';
import { formatRevision } from './git-revision.js';
import { openGitSession, type GitProcessOptions, type GitSession } from './git-session.js';
import { parseGitUrl } from './git-url.js';
import { commitOfRef, listRemoteRefs, type RemoteCallOptions } from './list-remote-refs.js';
import { pickSemverTag } from './semver-tag.js';

/** What the remote currently offers for a GitRepository's ref, learned without fetching. */
export interface RemoteRevision {
  /** Flux's revision string, e.g. `main@sha1:<hex>`. */
  readonly revision: string;
  readonly sha: string;
  /** The full ref fetched for it (`refs/heads/main`, `refs/tags/v1.2.0`), absent for a bare commit. */
  readonly refName?: string;
  readonly selected: SelectedRef;
  /** False for `spec.ref.commit`, whose revision is known without asking the server. */
  readonly remoteChecked: boolean;
}

/** `spec.url` and `spec.ref` of a GitRepository. */
export interface GitSourceSpec {
  readonly url: string;
  readonly ref?: GitRepositoryRef;
}

/** Timeout, cancellation and process settings for resolving or fetching. */
export interface GitCallOptions extends GitProcessOptions, Partial<RemoteCallOptions> {
  /** Branch used when `spec.ref` names none; Flux's default is `master`. */
  readonly defaultBranch?: string;
}

/** Flux's default `spec.timeout` for Git operations (60s). */
export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Learns the remote revision for `spec.ref` with a single `git ls-remote` (none for a commit), so the
 * controller can skip the fetch when it equals the stored artifact's revision.
 */
export async function resolveRemoteRevision(spec: GitSourceSpec, auth: GitAuth = new GitAuth(), opts: GitCallOptions = {}): Promise<RemoteRevision> {
  const selected = selectRef(spec.ref, opts.defaultBranch);
  if (selected.kind === 'commit') return commitRevision(selected);
  const target = parseGitUrl(spec.url);
  validateGitAuth(auth, target.transport);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const session = await openGitSession(target, auth, timeoutMs, opts);
  try {
    return await resolveWithSession(session, target.url, selected, { ...opts, timeoutMs });
  } finally {
    await session.dispose();
  }
}

/** {@link resolveRemoteRevision} inside an already open session (used by the fetch). */
export async function resolveWithSession(session: GitSession, url: string, selected: SelectedRef, opts: RemoteCallOptions): Promise<RemoteRevision> {
  if (selected.kind === 'commit') return commitRevision(selected);
  if (selected.kind === 'semver') return resolveSemver(session, url, selected, opts);
  const [refName, pointer] = refAndPointer(selected);
  const patterns = refName.startsWith('refs/tags/') ? [refName, `${refName}^{}`] : [refName];
  const refs = await listRemoteRefs(session, url, patterns, opts);
  const sha = commitOfRef(refs, refName);
  if (!sha) throw refNotFound(url, refName);
  return { revision: formatRevision(pointer, sha), sha, refName, selected, remoteChecked: true };
}

function refAndPointer(selected: Exclude<SelectedRef, { kind: 'commit' | 'semver' }>): [string, string] {
  switch (selected.kind) {
    case 'branch':
      return [`refs/heads/${selected.branch}`, selected.branch];
    case 'tag':
      return [`refs/tags/${selected.tag}`, selected.tag];
    case 'name':
      if (selected.name.startsWith('/') || selected.name.endsWith('/')) {
        throw new GitError('RefNotFound', `spec.ref.name: ref '${selected.name}' is invalid; Git refs cannot begin or end with a slash '/'`);
      }
      return [selected.name, selected.name];
  }
}

async function resolveSemver(session: GitSession, url: string, selected: { range: string }, opts: RemoteCallOptions): Promise<RemoteRevision> {
  const refs = await listRemoteRefs(session, url, [], { ...opts, tagsOnly: true });
  const tags = new Set([...refs.keys()].map((r) => r.replace(/^refs\/tags\//, '').replace(/\^\{\}$/, '')));
  const tag = pickSemverTag(tags, selected.range);
  if (!tag) throw new GitError('RefNotFound', `unable to clone '${sanitizeUrl(url)}': no tag matches semver range '${selected.range}' (spec.ref.semver)`);
  const refName = `refs/tags/${tag}`;
  const sha = commitOfRef(refs, refName)!;
  return { revision: formatRevision(tag, sha), sha, refName, selected: { kind: 'semver', range: selected.range }, remoteChecked: true };
}

function commitRevision(selected: { commit: string; branch?: string }): RemoteRevision {
  return {
    revision: formatRevision(selected.branch, selected.commit),
    sha: selected.commit,
    ...(selected.branch ? { refName: `refs/heads/${selected.branch}` } : {}),
    selected: { kind: 'commit', ...selected },
    remoteChecked: false,
  };
}

/** The user-facing error for a ref the remote does not have. */
export function refNotFound(url: string, refName: string): GitError {
  return new GitError('RefNotFound', `unable to clone '${sanitizeUrl(url)}': couldn't find remote ref "${refName}"`);
}

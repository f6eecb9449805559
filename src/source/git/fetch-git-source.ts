import { mkdir, readdir } from 'node:fs/promises';
import { sanitizeUrl } from '../../lib/url-sanitize.js';
import { classifyGitFailure } from './classify-git-failure.js';
import { GitAuth, validateGitAuth } from './git-auth.js';
import { readHeadCommit, type GitCommitInfo } from './git-commit.js';
import { GitError } from './git-error.js';
import { selectRef, type GitRepositoryRef, type SelectedRef } from './git-ref.js';
import { formatRevision } from './git-revision.js';
import { openGitSession, type GitSession } from './git-session.js';
import { parseGitUrl } from './git-url.js';
import { DEFAULT_TIMEOUT_MS, resolveWithSession, refNotFound, type GitCallOptions, type RemoteRevision } from './resolve-remote-revision.js';
import { runGit } from './run-git.js';
import { updateSubmodules, type StepOptions } from './submodules.js';

/** What to fetch and where to check it out. */
export interface FetchGitSourceRequest extends GitCallOptions {
  readonly url: string;
  readonly ref?: GitRepositoryRef;
  readonly auth?: GitAuth;
  /** Empty or missing directory that receives the work tree (with its `.git`). */
  readonly dir: string;
  readonly recurseSubmodules?: boolean;
  /** A resolution from {@link resolveRemoteRevision}, saving a second ls-remote for semver refs. */
  readonly resolved?: RemoteRevision;
}

/** A checked-out source: Flux's revision string and the commit behind it. */
export interface FetchedGitSource {
  readonly revision: string;
  readonly commit: GitCommitInfo;
  /** The ref that was fetched, e.g. `refs/heads/main`; absent for a bare commit. */
  readonly refName?: string;
  /** Submodule paths checked out (with `recurseSubmodules`). */
  readonly submodules: readonly string[];
}

const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/**
 * Fetches exactly the wanted ref (shallow, no tags) from `url` into `dir` with the system git and checks
 * it out detached. Credentials stay in a private temporary HOME removed afterwards; the whole
 * operation is bounded by `timeoutMs` (spec.timeout, default 60s). Errors are {@link GitError}s.
 */
export async function fetchGitSource(req: FetchGitSourceRequest): Promise<FetchedGitSource> {
  const target = parseGitUrl(req.url);
  const auth = req.auth ?? new GitAuth();
  validateGitAuth(auth, target.transport);
  const selected = selectRef(req.ref, req.defaultBranch);
  if (selected.kind === 'commit' && !FULL_SHA.test(selected.commit)) {
    throw new GitError('RefNotFound', `spec.ref.commit: '${selected.commit}' is not a full commit SHA`);
  }
  const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  const step: StepOptions = { remainingMs: () => Math.max(1, deadline - Date.now()), timeoutMs, signal: req.signal, onSpawn: req.onSpawn };
  await prepareDir(req.dir);
  const session = await openGitSession(target, auth, timeoutMs, req);
  try {
    const action = `unable to clone '${sanitizeUrl(target.url)}'`;
    const run = (args: string[]) => runStep(session, req.dir, args, step, action);
    const { pointer, refName } = await fetchSelected(session, run, target.url, selected, req.resolved, step);
    const commit = await readHeadCommit(session, req.dir, { timeoutMs: step.remainingMs(), signal: step.signal, onSpawn: step.onSpawn });
    const submodules = req.recurseSubmodules ? await updateSubmodules(session, req.dir, target.transport, step) : [];
    return { revision: formatRevision(pointer, commit.sha), commit, ...(refName ? { refName } : {}), submodules };
  } finally {
    await session.dispose();
  }
}

type Run = (args: string[]) => Promise<string>;

async function runStep(session: GitSession, cwd: string, args: string[], step: StepOptions, action: string): Promise<string> {
  const res = await runGit(args, { cwd, env: session.env, gitPath: session.gitPath, timeoutMs: step.remainingMs(), signal: step.signal, onSpawn: step.onSpawn });
  if (res.code !== 0 || res.timedOut || res.aborted) throw classifyGitFailure(res, { action, timeoutMs: step.timeoutMs, secrets: session.secrets, tls: session.tls });
  return res.stdout;
}

async function fetchSelected(
  session: GitSession,
  run: Run,
  url: string,
  selected: SelectedRef,
  resolved: RemoteRevision | undefined,
  step: StepOptions,
): Promise<{ pointer?: string; refName?: string }> {
  if (selected.kind === 'branch') return cloneBranch(run, url, selected.branch);
  // remote.origin.url is what relative submodule URLs resolve against.
  await run(['init', '--quiet']);
  await run(['config', 'remote.origin.url', url]);
  switch (selected.kind) {
    case 'tag':
      return fetchRef(run, url, `refs/tags/${selected.tag}`, selected.tag);
    case 'name':
      return fetchRef(run, url, selected.name, selected.name);
    case 'semver': {
      const r = resolved?.selected.kind === 'semver' ? resolved : await resolveWithSession(session, url, selected, { timeoutMs: step.remainingMs(), signal: step.signal, onSpawn: step.onSpawn });
      return fetchRef(run, url, r.refName!, r.refName!.replace(/^refs\/tags\//, ''));
    }
    case 'commit':
      await fetchCommit(run, url, selected.commit, selected.branch);
      return selected.branch ? { pointer: selected.branch, refName: `refs/heads/${selected.branch}` } : {};
  }
}

// One process does what init + fetch + checkout do, as fast as plain `git clone --depth 1`. Tags go through
// fetchRef: `clone --branch` would prefer a branch of the same name.
async function cloneBranch(run: Run, url: string, branch: string): Promise<{ pointer: string; refName: string }> {
  const refName = `refs/heads/${branch}`;
  try {
    await run(['-c', CHECKOUT_WORKERS, 'clone', '--quiet', '--depth=1', '--no-tags', '--single-branch', '--branch', branch, '--', url, '.']);
  } catch (err) {
    if (err instanceof GitError && err.kind === 'RefNotFound') throw refNotFound(url, refName);
    throw err;
  }
  return { pointer: branch, refName };
}

async function fetchRef(run: Run, url: string, refName: string, pointer: string): Promise<{ pointer: string; refName: string }> {
  try {
    await run(['fetch', '--quiet', '--depth=1', '--no-tags', '--', url, refName]);
  } catch (err) {
    if (err instanceof GitError && err.kind === 'RefNotFound') throw refNotFound(url, refName);
    throw err;
  }
  await checkout(run, 'FETCH_HEAD');
  return { pointer, refName };
}

async function fetchCommit(run: Run, url: string, sha: string, branch: string | undefined): Promise<void> {
  if (branch) {
    // Flux clones the branch and requires the commit to be part of it: full history of that branch only.
    try {
      await run(['fetch', '--quiet', '--no-tags', '--', url, `refs/heads/${branch}`]);
    } catch (err) {
      if (err instanceof GitError && err.kind === 'RefNotFound') throw refNotFound(url, `refs/heads/${branch}`);
      throw err;
    }
    try {
      await run(['merge-base', '--is-ancestor', sha, 'FETCH_HEAD']);
    } catch (err) {
      rethrowInterrupt(err);
      throw new GitError('RefNotFound', `unable to clone '${sanitizeUrl(url)}': commit '${sha}' is not in branch '${branch}'`);
    }
  } else {
    try {
      await run(['fetch', '--quiet', '--depth=1', '--no-tags', '--', url, sha]);
    } catch (err) {
      if (!(err instanceof GitError) || (err.kind !== 'RefNotFound' && err.kind !== 'GitFailed')) throw err;
      // Servers that refuse unadvertised wants: fetch all branches, then look for the commit.
      await run(['fetch', '--quiet', '--no-tags', '--', url, '+refs/heads/*:refs/remotes/origin/*']);
    }
  }
  try {
    await checkout(run, `${sha}^{commit}`);
  } catch (err) {
    rethrowInterrupt(err);
    throw new GitError('RefNotFound', `unable to clone '${sanitizeUrl(url)}': unable to resolve commit object for '${sha}'`);
  }
}

// A timeout or cancellation must surface as such, not as the "commit not found" it interrupted.
function rethrowInterrupt(err: unknown): void {
  if (err instanceof GitError && (err.kind === 'Timeout' || err.kind === 'Canceled')) throw err;
}

// Writing thousands of files is bound by the kernel, not the CPU: parallel workers overlap the waits.
const CHECKOUT_WORKERS = 'checkout.workers=4';

function checkout(run: Run, target: string): Promise<string> {
  return run(['-c', CHECKOUT_WORKERS, 'checkout', '--quiet', '--detach', target]);
}

async function prepareDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const entries = await readdir(dir);
  if (entries.length > 0) throw new GitError('GitFailed', `checkout directory '${dir}' is not empty`);
}

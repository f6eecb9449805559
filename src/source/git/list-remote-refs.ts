import { sanitizeUrl } from '../../lib/url-sanitize.js';
import { classifyGitFailure } from './classify-git-failure.js';
import type { GitSession } from './git-session.js';
import { runGit } from './run-git.js';

/** Options for one remote operation. */
export interface RemoteCallOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  readonly onSpawn?: (pid: number, argv: readonly string[]) => void;
}

/**
 * One `git ls-remote` call: the refs matching `patterns` (all tags with `tagsOnly`) mapped to their
 * hash, peeled tags as `<ref>^{}`. Fails with a classified GitError (unreachable, auth, TLS, …).
 */
export async function listRemoteRefs(
  session: GitSession,
  url: string,
  patterns: readonly string[],
  opts: RemoteCallOptions & { readonly tagsOnly?: boolean },
): Promise<Map<string, string>> {
  const args = ['ls-remote', ...(opts.tagsOnly ? ['--tags'] : []), '--', url, ...patterns];
  const res = await runGit(args, { env: session.env, gitPath: session.gitPath, ...opts });
  if (res.code !== 0 || res.timedOut || res.aborted) {
    throw classifyGitFailure(res, {
      action: `unable to list remote for '${sanitizeUrl(url)}'`,
      timeoutMs: opts.timeoutMs,
      secrets: session.secrets,
      tls: session.tls,
    });
  }
  const refs = new Map<string, string>();
  for (const line of res.stdout.split('\n')) {
    const [sha, name] = line.split('\t');
    if (sha && name) refs.set(name, sha);
  }
  return refs;
}

/** The commit a ref points to in an ls-remote listing: the peeled entry for annotated tags. */
export function commitOfRef(refs: ReadonlyMap<string, string>, name: string): string | undefined {
  return refs.get(`${name}^{}`) ?? refs.get(name);
}

import { classifyGitFailure } from './classify-git-failure.js';
import type { GitSession } from './git-session.js';
import { runGit, type RunGitOptions } from './run-git.js';

/** Who made a commit and when (ISO 8601 with offset, as git prints it). */
export interface GitSignature {
  readonly name: string;
  readonly email: string;
  readonly when: string;
}

/** The checked-out commit's metadata, as the controller reports it in events. */
export interface GitCommitInfo {
  readonly sha: string;
  /** First line of the message. */
  readonly subject: string;
  readonly message: string;
  readonly author: GitSignature;
  readonly committer: GitSignature;
}

/** Flux's short form of a commit message for events: the subject cut to 50 characters plus `...`. */
export function shortMessage(commit: Pick<GitCommitInfo, 'subject'>): string {
  const chars = [...commit.subject];
  return chars.length > 50 ? `${chars.slice(0, 50).join('')}...` : commit.subject;
}

const FORMAT = ['%H', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x00');

/** Reads HEAD's metadata from a work tree with one `git log -1`. */
export async function readHeadCommit(session: GitSession, dir: string, opts: Pick<RunGitOptions, 'timeoutMs' | 'signal' | 'onSpawn'>): Promise<GitCommitInfo> {
  const { timeoutMs } = opts;
  const res = await runGit(['log', '-1', `--format=${FORMAT}`, 'HEAD'], { cwd: dir, env: session.env, gitPath: session.gitPath, ...opts });
  if (res.code !== 0) throw classifyGitFailure(res, { action: 'unable to read the checked-out commit', timeoutMs, secrets: session.secrets, tls: session.tls });
  const [sha, an, ae, aw, cn, ce, cw, ...rest] = res.stdout.split('\0');
  const message = rest.join('\0').replace(/\n+$/, '');
  return {
    sha: sha!.trim(),
    subject: message.split('\n')[0] ?? '',
    message,
    author: { name: an!, email: ae!, when: aw! },
    committer: { name: cn!, email: ce!, when: cw! },
  };
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { safeJoin } from '../../lib/safe-path.js';
import { sanitizeUrl } from '../../lib/url-sanitize.js';
import { classifyGitFailure } from './classify-git-failure.js';
import { GitError } from './git-error.js';
import type { GitSession } from './git-session.js';
import type { GitTransport } from './git-url.js';
import { runGit } from './run-git.js';

/** Deadline-aware settings shared by every git call of one fetch. */
export interface StepOptions {
  readonly remainingMs: () => number;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  readonly onSpawn?: (pid: number, argv: readonly string[]) => void;
}

/**
 * Whether a submodule URL from a repository reached over `parent` may be fetched: relative paths and
 * network URLs always; `file://` and local paths only when the parent itself is file://; never
 * `ext::` or anything that could be read as an option.
 */
export function isAllowedSubmoduleUrl(url: string, parent: GitTransport): boolean {
  if (url.startsWith('-') || /^[a-z0-9+.-]+::/i.test(url)) return false;
  if (url.startsWith('./') || url.startsWith('../')) return true;
  if (/^(https?|ssh):\/\//i.test(url)) return true;
  if (/^[^/@:]+@[^/:]+:/.test(url)) return true;
  const local = /^file:\/\//i.test(url) || url.startsWith('/');
  return local && parent === 'file';
}

async function git(session: GitSession, cwd: string, args: string[], opts: StepOptions, action: string): Promise<string> {
  const res = await runGit(args, { cwd, env: session.env, gitPath: session.gitPath, timeoutMs: opts.remainingMs(), signal: opts.signal, onSpawn: opts.onSpawn });
  if (res.code !== 0 || res.timedOut || res.aborted) throw classifyGitFailure(res, { action, timeoutMs: opts.timeoutMs, secrets: session.secrets, tls: session.tls });
  return res.stdout;
}

async function gitmodulesEntries(session: GitSession, dir: string, key: 'url' | 'path', opts: StepOptions): Promise<Map<string, string>> {
  const res = await runGit(['config', '-f', '.gitmodules', '--get-regexp', `^submodule\\..*\\.${key}$`], {
    cwd: dir, env: session.env, gitPath: session.gitPath, timeoutMs: opts.remainingMs(),
  });
  const out = new Map<string, string>();
  for (const line of res.stdout.split('\n')) {
    const m = /^submodule\.(.*)\.(?:url|path) (.*)$/.exec(line);
    if (m) out.set(m[1]!, m[2]!);
  }
  return out;
}

/**
 * Initialises every submodule of the work tree `dir`, level by level, checking each level's URLs
 * before git sees them; returns the submodule paths (relative to `dir`) that were checked out.
 */
export async function updateSubmodules(session: GitSession, dir: string, parent: GitTransport, opts: StepOptions, prefix = ''): Promise<string[]> {
  if (!existsSync(join(dir, '.gitmodules'))) return [];
  const urls = await gitmodulesEntries(session, dir, 'url', opts);
  for (const [name, url] of urls) {
    if (!isAllowedSubmoduleUrl(url, parent)) {
      throw new GitError('InvalidSubmodule', `submodule '${prefix}${name}': URL '${sanitizeUrl(url)}' is not allowed (use https://, http://, ssh:// or a relative path)`);
    }
  }
  await git(session, dir, ['submodule', '--quiet', 'sync'], opts, 'unable to sync submodules');
  await git(session, dir, ['submodule', '--quiet', 'update', '--init', '--depth', '1'], opts, `unable to update submodules of '${prefix || '.'}'`);
  const paths = await gitmodulesEntries(session, dir, 'path', opts);
  const done: string[] = [];
  for (const path of paths.values()) {
    const subDir = safeJoin(dir, path);
    done.push(prefix + path);
    done.push(...(await updateSubmodules(session, subDir, parent, opts, `${prefix}${path}/`)));
  }
  return done;
}

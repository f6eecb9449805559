import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { safeJoin } from '../lib/safe-path.js';
import { sanitizeUrlsIn } from '../lib/url-sanitize.js';

/** A local clone of the repository `fluxion bootstrap git` writes to. */
export interface BootstrapRepo {
  dir: string;
  url: string;
  branch: string;
  author: { name: string; email: string };
}

function git(repo: Pick<BootstrapRepo, 'dir' | 'author'>, args: string[], allowFailure = false): { ok: boolean; out: string } {
  const r = spawnSync('git', ['-c', `user.name=${repo.author.name}`, '-c', `user.email=${repo.author.email}`, ...args], {
    cwd: repo.dir, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
  });
  const ok = r.status === 0;
  // git may echo the URL with its userinfo: strip it before the message reaches the terminal.
  if (!ok && !allowFailure) throw new Error(sanitizeUrlsIn(`git ${args[0]}: ${(r.stderr || r.stdout).trim()}`));
  return { ok, out: r.stdout.trim() };
}

/** Clones `branch` of `url` into `dir`; an empty repository or a missing branch starts a new branch. */
export function cloneForBootstrap(repo: BootstrapRepo): void {
  mkdirSync(repo.dir, { recursive: true });
  git(repo, ['init', '--quiet']);
  git(repo, ['remote', 'add', 'origin', repo.url]);
  // ls-remote fails on an unreachable repository and prints nothing for a missing branch.
  const exists = git(repo, ['ls-remote', '--heads', 'origin', `refs/heads/${repo.branch}`]).out !== '';
  if (exists) git(repo, ['fetch', '--quiet', '--depth=1', 'origin', `refs/heads/${repo.branch}`]);
  git(repo, exists ? ['checkout', '--quiet', '-B', repo.branch, 'FETCH_HEAD'] : ['checkout', '--quiet', '--orphan', repo.branch]);
}

/**
 * Writes files (paths relative to the repository, confined to it) and commits them when anything changed;
 * returns the new commit's sha, or undefined when the files were already up to date.
 */
export function commitFiles(repo: BootstrapRepo, files: Record<string, string>, message: string): string | undefined {
  for (const [path, content] of Object.entries(files)) {
    const abs = safeJoin(repo.dir, path);
    if (existsSync(abs) && readFileSync(abs, 'utf8') === content) continue;
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  git(repo, ['add', '--all', ...Object.keys(files)]);
  if (git(repo, ['diff', '--cached', '--quiet'], true).ok) return undefined;
  git(repo, ['commit', '--quiet', '-m', message]);
  return git(repo, ['rev-parse', 'HEAD']).out;
}

/** Pushes the branch to origin. */
export function pushBranch(repo: BootstrapRepo): void {
  git(repo, ['push', '--quiet', 'origin', `HEAD:refs/heads/${repo.branch}`]);
}

/** Where the sync manifests live in the repository: `<path>/flux-system/<file>`. */
export function fluxSystemFile(path: string, file: string): string {
  return join(path.replace(/^\.\//, ''), 'flux-system', file);
}

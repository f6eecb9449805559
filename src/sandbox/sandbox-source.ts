import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the sandbox's flux-system GitRepository points: a URL, its branch, and the work tree to watch if local. */
export interface SandboxSource {
  url: string;
  branch: string;
  /** The local repository whose commits are noticed at once (absent for remote URLs). */
  localRepo?: string;
}

function git(cwd: string, args: string[]): string {
  // Only local operations (init, commit, rev-parse): nothing here can prompt for credentials.
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args[0]} in ${cwd}: ${(r.stderr || r.stdout).trim()}`);
  return r.stdout.trim();
}

function currentBranch(repo: string): string {
  return git(repo, ['symbolic-ref', '--short', 'HEAD']);
}

/**
 * Copies the bundled example into `<stateDir>/example-repo` as a Git repository with one commit on `main`, the
 * first time only: later runs keep the user's commits there.
 */
export function prepareExampleRepo(exampleDir: string, stateDir: string): string {
  const repo = join(stateDir, 'example-repo');
  if (existsSync(join(repo, '.git'))) return repo;
  mkdirSync(repo, { recursive: true });
  cpSync(exampleDir, repo, { recursive: true });
  git(repo, ['init', '--quiet', '--initial-branch=main']);
  git(repo, ['add', '--all']);
  git(repo, ['-c', 'user.name=Fluxion', '-c', 'user.email=fluxion@localhost', 'commit', '--quiet', '-m', 'Example platform']);
  return repo;
}

/**
 * Resolves `fluxion up`'s SOURCE: a Git URL is used as is (branch: `--branch` or `main`); a local work tree is
 * served as `file://` with its current branch (or `--branch`) and watched for commits.
 */
export function resolveSandboxSource(source: string, branch: string | undefined): SandboxSource {
  if (/^(https?|ssh|git|file):\/\//.test(source) || /^[^/\s]+@[^:\s]+:/.test(source)) {
    return { url: source, branch: branch ?? 'main' };
  }
  const dir = isAbsolute(source) ? source : resolve(source);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`source ${source}: no such directory (give a Git work tree or a Git URL)`);
  const top = git(dir, ['rev-parse', '--show-toplevel']);
  return { url: pathToFileURL(top).href, branch: branch ?? currentBranch(top), localRepo: top };
}

/** `--path` default: `./clusters/local` when the repository has it, else the root. */
export function defaultSyncPath(localRepo: string | undefined): string {
  return localRepo && existsSync(join(localRepo, 'clusters', 'local')) ? './clusters/local' : './';
}

import { spawn } from 'node:child_process';
import { GitError } from './git-error.js';

/** How one git process is run. */
export interface RunGitOptions {
  readonly cwd?: string;
  /** The complete environment: nothing is inherited from the parent process. */
  readonly env: Readonly<Record<string, string>>;
  readonly gitPath: string;
  /** The process group is killed after this many milliseconds. */
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  /** Called with the pid right after spawn (tests read /proc/<pid>/cmdline with it). */
  readonly onSpawn?: (pid: number, argv: readonly string[]) => void;
}

/** What a git process left behind. `timedOut`/`aborted` tell why it was killed. */
export interface GitProcessResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly aborted: boolean;
}

const MAX_STDERR = 64 * 1024;

/**
 * Runs `git <args>` in its own process group and resolves with its output whatever the exit code;
 * on timeout or abort the whole group (git, git-remote-https, ssh) is killed.
 */
export function runGit(args: readonly string[], opts: RunGitOptions): Promise<GitProcessResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(opts.gitPath, args, {
      cwd: opts.cwd,
      env: opts.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const out: Buffer[] = [];
    let err = '';
    let timedOut = false;
    let aborted = false;
    const killGroup = (): void => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, opts.timeoutMs);
    const onAbort = (): void => {
      aborted = true;
      killGroup();
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    if (opts.signal?.aborted) onAbort();
    if (child.pid !== undefined) opts.onSpawn?.(child.pid, [opts.gitPath, ...args]);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => {
      if (err.length < MAX_STDERR) err += b.toString('utf8');
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      reject(new GitError('GitFailed', `'${opts.gitPath}' could not be started (${e.code ?? e.message}): is it installed?`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      resolvePromise({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: err, timedOut, aborted });
    });
  });
}

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const GIT_ENV = {
  PATH: '/usr/local/bin:/usr/bin:/bin',
  HOME: tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Committer',
  GIT_COMMITTER_EMAIL: 'committer@example.com',
  LC_ALL: 'C',
};

/** Runs git synchronously in `cwd` (test fixtures only) and returns trimmed stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'protocol.file.allow=always', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    env: GIT_ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** A bare repository `<root>/<name>.git` fed through a private work tree: commit here, fetch from `bareDir`. */
export class TestRepo {
  constructor(
    readonly root: string,
    readonly name: string,
    readonly bareDir: string,
    readonly workDir: string,
  ) {}

  /** Creates the bare repository and its work tree, on branch `main`. */
  static create(root: string, name: string): TestRepo {
    const bareDir = join(root, `${name}.git`);
    const workDir = join(root, `.work-${name}`);
    mkdirSync(bareDir, { recursive: true });
    git(bareDir, 'init', '--quiet', '--bare');
    mkdirSync(workDir, { recursive: true });
    git(workDir, 'init', '--quiet');
    git(workDir, 'remote', 'add', 'origin', bareDir);
    return new TestRepo(root, name, bareDir, workDir);
  }

  /** Writes files (path → content; `null` deletes), commits them with `message` and pushes; returns the sha. */
  commit(files: Record<string, string | null>, message: string): string {
    for (const [path, content] of Object.entries(files)) {
      const abs = join(this.workDir, path);
      if (content === null) rmSync(abs, { recursive: true, force: true });
      else {
        mkdirSync(dirname(abs), { recursive: true });
        writeFileSync(abs, content);
      }
    }
    git(this.workDir, 'add', '--all');
    git(this.workDir, 'commit', '--quiet', '--allow-empty', '-m', message);
    this.push();
    return this.head();
  }

  /** Adds a symlink to the work tree (committed by the next `commit`). */
  symlink(path: string, target: string): void {
    const abs = join(this.workDir, path);
    mkdirSync(dirname(abs), { recursive: true });
    symlinkSync(target, abs);
  }

  head(): string {
    return git(this.workDir, 'rev-parse', 'HEAD');
  }

  /** Creates a tag on HEAD (annotated when `message` is given) and pushes it. */
  tag(name: string, message?: string): string {
    git(this.workDir, 'tag', ...(message ? ['-a', '-m', message] : []), name);
    this.push();
    return this.head();
  }

  /** Switches the work tree to `name`, creating it from HEAD if new. */
  checkout(name: string, create = false): void {
    git(this.workDir, 'checkout', '--quiet', ...(create ? ['-b'] : []), name);
  }

  /** Points an arbitrary ref (e.g. `refs/pull/1/head`) at HEAD on the server. */
  pushRef(ref: string): void {
    git(this.workDir, 'push', '--quiet', '--force', 'origin', `HEAD:${ref}`);
  }

  /** Adds `url` as submodule at `path` and commits; returns the sha. */
  addSubmodule(url: string, path: string, message: string): string {
    git(this.workDir, 'submodule', '--quiet', 'add', url, path);
    return this.commit({}, message);
  }

  push(): void {
    git(this.workDir, 'push', '--quiet', '--force', '--all', 'origin');
    git(this.workDir, 'push', '--quiet', '--force', '--tags', 'origin');
  }
}

/** A fresh temporary directory; remove it with `rmSync(dir, {recursive: true})` in teardown. */
export function tempDir(prefix = 'fluxion-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

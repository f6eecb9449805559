import { existsSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

/**
 * Calls `onCommit` soon after a commit lands on a local repository (its refs or packed-refs change), so the sandbox
 * fetches at once instead of waiting for the interval. Returns a function that stops watching.
 */
export function watchCommits(repo: string, onCommit: () => void): () => void {
  const gitDir = join(repo, '.git');
  let timer: NodeJS.Timeout | undefined;
  const fire = (): void => {
    clearTimeout(timer);
    // git writes a ref through a lock file and a rename: wait for the burst to settle.
    timer = setTimeout(onCommit, 50);
  };
  const watchers: FSWatcher[] = [];
  for (const dir of [gitDir, join(gitDir, 'refs', 'heads')]) {
    if (existsSync(dir)) watchers.push(watch(dir, (_event, file) => {
      if (!file || !String(file).endsWith('.lock')) fire();
    }));
  }
  return () => {
    clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}

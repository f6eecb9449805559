import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Another live `fluxion up` uses the state dir; two API servers on one database would corrupt it. */
export class StateDirInUseError extends Error {
  override name = 'StateDirInUseError';

  constructor(readonly stateDir: string, readonly pid: number) {
    super(`state dir ${stateDir} is in use by another fluxion up (pid ${pid}): stop it, or pass another --state-dir`);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims `<stateDir>/fluxion.pid` for this process; a file left by a process that no longer runs (kill -9) is
 * taken over. Throws StateDirInUseError when a live process holds it. Returns the release function.
 */
export function lockStateDir(stateDir: string): () => void {
  mkdirSync(stateDir, { recursive: true });
  const file = join(stateDir, 'fluxion.pid');
  let holder = NaN;
  try {
    holder = Number(readFileSync(file, 'utf8').trim());
  } catch { /* no lock yet */ }
  if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) throw new StateDirInUseError(stateDir, holder);
  writeFileSync(file, `${process.pid}\n`);
  return () => {
    try {
      if (Number(readFileSync(file, 'utf8').trim()) === process.pid) rmSync(file, { force: true });
    } catch { /* already gone */ }
  };
}

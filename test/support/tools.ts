import { spawnSync } from 'node:child_process';

/** Whether an executable is on PATH; tests that need a missing tool skip with this as their reason. */
export function hasTool(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** A test-skip message for a tool that is absent ("kubectl not installed: .ci/run installs it"). */
export function skipUnless(name: string): string | false {
  return hasTool(name) ? false : `${name} is not installed (.ci/run installs it)`;
}

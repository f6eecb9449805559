import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TestApiServer } from '../support/api-server.js';

/** What a kubectl run printed and how it exited. */
export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real kubectl against a test server (own HOME and discovery cache, no user config), optionally feeding stdin. */
export function kubectlFor(server: TestApiServer): {
  run(args: string[], stdin?: string): Promise<KubectlResult>;
  spawn(args: string[]): ChildProcess;
} {
  // Inside the server's state dir, so the discovery cache goes when the server's temporary state does.
  const cache = join(dirname(server.kubeconfigPath), 'kubectl-home');
  mkdirSync(cache, { recursive: true });
  const env = { ...process.env, KUBECONFIG: server.kubeconfigPath, HOME: cache };
  const base = ['--cache-dir', join(cache, 'cache')];
  return {
    run: (args, stdin) => new Promise((resolve) => {
      const child = execFile('kubectl', [...base, ...args], { env, timeout: 20_000 }, (err, stdout, stderr) => {
        const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      });
      if (stdin !== undefined) child.stdin?.end(stdin);
    }),
    spawn: (args) => spawn('kubectl', [...base, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] }),
  };
}

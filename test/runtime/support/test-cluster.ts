import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiServer } from '../../../src/apiserver/index.js';
import { ClusterClient } from '../../../src/cluster/client/index.js';

/** A running embedded API server and a client for it; `close()` stops both and removes the state. */
export interface TestCluster {
  url: string;
  kubeconfigPath: string;
  client: ClusterClient;
  /** Stops the server (ending every watch) and starts it again on the same port with the same state. */
  restart(downMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the embedded API server on a free port with fresh state (until test/support/api-server.ts lands,
 * this is our own thin adapter over `startApiServer`).
 */
export async function startTestCluster(options: { bookmarkIntervalMs?: number; watchHistory?: number; stateDir?: string } = {}): Promise<TestCluster> {
  const stateDir = options.stateDir ?? mkdtempSync(join(tmpdir(), 'fluxion-runtime-'));
  const start = (port?: number) => startApiServer({ stateDir, port, kubeletDelayMs: false, bookmarkIntervalMs: options.bookmarkIntervalMs, watchHistory: options.watchHistory });
  let server = await start();
  const client = await ClusterClient.fromKubeconfig({ path: server.kubeconfigPath });
  return {
    url: server.url,
    kubeconfigPath: server.kubeconfigPath,
    client,
    async restart(downMs = 0) {
      await server.close();
      await new Promise((r) => setTimeout(r, downMs));
      server = await start(Number(new URL(server.url).port));
    },
    async close() {
      client.close();
      await server.close();
      if (!options.stateDir) rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/** Polls `check` every 20 ms until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 5000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}

import { KubeConfig } from '@kubernetes/client-node';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiServer } from '../../src/apiserver/index.js';

/** A running embedded API server for a test, with a client configuration for it. */
export interface TestApiServer {
  url: string;
  /** Path of a kubeconfig for the server (for kubectl or a controller under test). */
  kubeconfigPath: string;
  /** A client-node configuration loaded from that kubeconfig. */
  kubeConfig: KubeConfig;
  /** Stops the server and removes its temporary state dir. */
  close(): Promise<void>;
}

/**
 * Starts the embedded API server on a free 127.0.0.1 port with state in a fresh temporary directory.
 * Simulated workload status arrives after `kubeletDelayMs` (default 100 ms); `watchHistory` bounds the events kept
 * for resuming watches (tests of 410 Gone make it small).
 */
export async function startTestApiServer(options: { kubeletDelayMs?: number; watchHistory?: number } = {}): Promise<TestApiServer> {
  const stateDir = mkdtempSync(join(tmpdir(), 'fluxion-apiserver-'));
  const server = await startApiServer({ stateDir, port: 0, kubeletDelayMs: options.kubeletDelayMs ?? 100, watchHistory: options.watchHistory });
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(server.kubeconfigPath);
  return {
    url: server.url,
    kubeconfigPath: server.kubeconfigPath,
    kubeConfig,
    close: async () => {
      await server.close();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

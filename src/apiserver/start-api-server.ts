import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { join, resolve } from 'node:path';
import type { ApiContext, ApiLogger } from './api-context.js';
import { createApiHandler } from './api-handler.js';
import { bootstrapCluster } from './bootstrap.js';
import { startControllers } from './control/start-controllers.js';
import { mergeAdapter } from './merge-adapter.js';
import { ResourceRegistry } from './registry/resource-registry.js';
import { loadToken } from './security/load-token.js';
import { loadTlsMaterial } from './security/tls-material.js';
import { writeKubeconfig } from './security/write-kubeconfig.js';
import { ObjectStore } from './storage/object-store.js';
import { WatchHub } from './storage/watch-hub.js';

/** How to start the embedded API server. */
export interface ApiServerOptions {
  /** Folder for the database, token, TLS material and kubeconfig; created if missing. */
  stateDir: string;
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Address to bind; 127.0.0.1 by default. Served over TLS with a CA generated into the state dir. */
  address?: string;
  log?: ApiLogger;
  /** Delay before the simulated kubelet reports workload status (ms, default 200); false turns it off. */
  kubeletDelayMs?: number | false;
  /** Watch events kept for resuming watches (default 50,000). */
  watchHistory?: number;
  /** Period of watch bookmarks (ms, default 30,000). */
  bookmarkIntervalMs?: number;
  /** How long Events are kept after they last happened (ms, default one hour). */
  eventTtlMs?: number;
}

/** A running server. */
export interface ApiServerHandle {
  url: string;
  token: string;
  /** The CA certificate (PEM) the server's certificate is signed by (also in the kubeconfig). */
  caCert: string;
  kubeconfigPath: string;
  /** Stops listening, ends watches, stops controllers and closes the database. */
  close(): Promise<void>;
}

// Node (20) fails a keep-alive request with HPE_PAUSED when it arrives over TLS while the previous response
// (over the socket's 16 KiB write buffer) is still draining: its HTTP server pauses the parser, and TLS still
// delivers what it already decrypted. A write buffer above typical responses keeps the parser from pausing;
// the `highWaterMark` server option does not reach TLS sockets, hence the socket's own state.
const socketBufferBytes = 8 * 1024 * 1024;

function widenWriteBuffer(socket: TLSSocket): void {
  const state = (socket as unknown as { _writableState?: { highWaterMark: number } })._writableState;
  if (state) state.highWaterMark = socketBufferBytes;
}

const silent: ApiLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Starts the Kubernetes-compatible API server on `address:port` with state in `stateDir`, writes
 * `<stateDir>/kubeconfig` for it and resolves once it is listening.
 */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServerHandle> {
  const stateDir = resolve(options.stateDir);
  mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  const log = options.log ?? silent;
  const address = options.address ?? '127.0.0.1';
  const token = loadToken(stateDir);
  const store = new ObjectStore(join(stateDir, 'state.db'));
  const hub = new WatchHub(options.watchHistory ?? 50_000, store.currentRv());
  store.attach(hub);
  const ctx: ApiContext = { store, hub, registry: new ResourceRegistry(), merge: mergeAdapter(), log, now: () => new Date() };
  const stopControllers = startControllers(ctx, { kubeletDelayMs: options.kubeletDelayMs ?? 200, eventTtlMs: options.eventTtlMs ?? 3_600_000 });
  bootstrapCluster(ctx);
  // Always TLS: kubectl (client-go) never sends a bearer token over plain HTTP, even to loopback.
  const tls = loadTlsMaterial(stateDir, [address]);
  const handlerSettings = { token, serverAddress: `${address}:0`, bookmarkIntervalMs: options.bookmarkIntervalMs ?? 30_000 };
  const handler = createApiHandler(ctx, handlerSettings);
  const server: Server = createHttpsServer({ cert: tls.cert, key: tls.key, noDelay: true }, handler);
  server.prependListener('secureConnection', widenWriteBuffer);
  server.on('clientError', (err: Error & { code?: string }, socket) => {
    log.warn({ err: err.message, code: err.code }, 'client connection error');
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  server.keepAliveTimeout = 65_000;
  server.requestTimeout = 0;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, address, () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  const host = address === '0.0.0.0' || address === '::' ? '127.0.0.1' : address.includes(':') ? `[${address}]` : address;
  handlerSettings.serverAddress = `${host}:${port}`;
  const url = `https://${host}:${port}`;
  const kubeconfigPath = join(stateDir, 'kubeconfig');
  writeKubeconfig(kubeconfigPath, { server: url, token, caCert: tls.caCert });
  log.info({ url, stateDir }, 'API server listening');
  let closed = false;
  return {
    url, token, caCert: tls.caCert, kubeconfigPath,
    close: async () => {
      if (closed) return;
      closed = true;
      stopControllers();
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
      store.close();
    },
  };
}

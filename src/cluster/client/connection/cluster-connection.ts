import type { Agent } from 'node:http';

/** What each request needs to reach the API server: a keep-alive agent (TLS settings) and auth headers. */
export interface RequestOptions {
  agent: Agent;
  headers: Record<string, string>;
}

/**
 * How the client reaches one API server. `requestOptions()` is called per request so that short-lived
 * credentials (exec plugins, token files) refresh; `close()` drops pooled sockets.
 */
export interface ClusterConnection {
  /** The server's base URL without a trailing slash (never printed with credentials). */
  readonly server: string;
  requestOptions(): Promise<RequestOptions>;
  close(): void;
}

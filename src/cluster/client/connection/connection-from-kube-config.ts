import type { KubeConfig } from '@kubernetes/client-node';
import type { ClusterConnection, RequestOptions } from './cluster-connection.js';
import { createAgent } from './tls-agent.js';

/**
 * A connection driven by client-node's `KubeConfig` (exec plugins, OIDC, cloud auth providers): the library
 * computes TLS material and auth headers, we keep our own keep-alive agent and raw request control.
 */
export function connectionFromKubeConfig(kc: KubeConfig): ClusterConnection {
  const cluster = kc.getCurrentCluster();
  if (!cluster) throw new Error(`kubeconfig: context "${kc.getCurrentContext()}" names no cluster`);
  const server = cluster.server.replace(/\/+$/, '');
  let agentPromise: Promise<RequestOptions['agent']> | undefined;
  const tlsOptions = async () => {
    const opts: Record<string, unknown> = {};
    await kc.applyToHTTPSOptions(opts);
    return opts;
  };
  return {
    server,
    async requestOptions() {
      const opts = await tlsOptions();
      agentPromise ??= Promise.resolve(
        createAgent(server, {
          ca: asBuffer(opts.ca),
          cert: asBuffer(opts.cert),
          key: asBuffer(opts.key),
          insecureSkipTLSVerify: opts.rejectUnauthorized === false,
          serverName: typeof opts.servername === 'string' ? opts.servername : undefined,
        }),
      );
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries((opts.headers ?? {}) as Record<string, unknown>)) headers[k] = String(v);
      if (typeof opts.auth === 'string') headers.Authorization = `Basic ${Buffer.from(opts.auth).toString('base64')}`;
      return { agent: await agentPromise, headers };
    },
    close() {
      void agentPromise?.then((a) => a.destroy());
    },
  };
}

function asBuffer(value: unknown): Buffer | undefined {
  if (value === undefined || value === null) return undefined;
  return Buffer.isBuffer(value) ? value : Buffer.from(String(value));
}

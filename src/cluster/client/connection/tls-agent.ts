import http from 'node:http';
import https from 'node:https';

/** TLS material for an https server; all optional (system roots and no client certificate by default). */
export interface TlsSettings {
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  insecureSkipTLSVerify?: boolean;
  serverName?: string;
}

/**
 * A keep-alive agent for `server`: plain http for `http:` URLs, otherwise https with the given TLS material.
 * Keep-alive matters: a controller makes thousands of small requests and must not open a socket for each.
 */
export function createAgent(server: string, tls: TlsSettings): http.Agent {
  const common = { keepAlive: true, maxSockets: 32, maxFreeSockets: 8 };
  if (server.startsWith('http:')) return new http.Agent(common);
  const options: https.AgentOptions = { ...common, rejectUnauthorized: !tls.insecureSkipTLSVerify };
  if (tls.ca) options.ca = tls.ca;
  if (tls.cert) options.cert = tls.cert;
  if (tls.key) options.key = tls.key;
  if (tls.serverName) options.servername = tls.serverName;
  return new https.Agent(options);
}

import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { loadKubeconfig, type KubeconfigOptions } from '../cluster/client/index.js';

/** What `GET /version` answers (Kubernetes' version.Info, the fields the CLI reads). */
export interface ServerVersion {
  major: string;
  minor: string;
  gitVersion: string;
}

/**
 * Reads the API server's version (`GET /version`) with the kubeconfig's credentials. The cluster client has no
 * call for this non-resource path, so this makes the one request itself over the same connection settings.
 */
export async function serverVersion(kubeconfig: KubeconfigOptions, timeoutMs = 10_000): Promise<ServerVersion> {
  const connection = await loadKubeconfig(kubeconfig);
  try {
    const { agent, headers } = await connection.requestOptions();
    const url = new URL(`${connection.server}/version`);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const body = await new Promise<string>((resolve, reject) => {
      const req = send(url, { method: 'GET', agent, headers: { ...headers, accept: 'application/json' }, timeout: timeoutMs }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => { text += chunk; });
        res.on('end', () => (res.statusCode === 200 ? resolve(text) : reject(new Error(`GET ${url.origin}/version: HTTP ${res.statusCode ?? '?'}`))));
      });
      req.on('timeout', () => req.destroy(new Error(`GET ${url.origin}/version: no answer in ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end();
    });
    const info = JSON.parse(body) as Partial<ServerVersion>;
    if (!info.gitVersion) throw new Error(`GET ${url.origin}/version: no gitVersion in the answer`);
    return { major: info.major ?? '', minor: info.minor ?? '', gitVersion: info.gitVersion };
  } finally {
    connection.close();
  }
}

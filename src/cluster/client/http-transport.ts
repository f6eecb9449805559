import http from 'node:http';
import https from 'node:https';
import type { ClusterConnection } from './connection/cluster-connection.js';
import { errorFromStatus } from './errors/error-from-status.js';

/** One raw API request: method, absolute API path, query, and an optional body with its content type. */
export interface ApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  contentType?: string;
  signal?: AbortSignal;
}

/**
 * Sends requests over a {@link ClusterConnection}: JSON in, JSON out, failures as typed API errors. Bodies are
 * sent as given content types (server-side apply needs `application/apply-patch+yaml`; JSON is valid YAML).
 */
export class HttpTransport {
  constructor(private readonly connection: ClusterConnection) {}

  /** Sends a request and returns the parsed JSON reply; a non-2xx reply throws the matching ApiError. */
  async json(req: ApiRequest): Promise<unknown> {
    const res = await this.open(req);
    const text = await readBody(res);
    const code = res.statusCode ?? 0;
    if (code < 200 || code >= 300) throw errorFromStatus(code, text, `${req.method} ${req.path}`);
    return text ? JSON.parse(text) : {};
  }

  /** Opens a streaming GET (watch); a non-2xx reply throws, otherwise the caller reads and closes the stream. */
  async stream(req: ApiRequest): Promise<http.IncomingMessage> {
    const res = await this.open(req);
    const code = res.statusCode ?? 0;
    if (code < 200 || code >= 300) throw errorFromStatus(code, await readBody(res), `${req.method} ${req.path}`);
    return res;
  }

  private async open(req: ApiRequest): Promise<http.IncomingMessage> {
    // A pooled keep-alive socket the server closed meanwhile (restart, idle timeout) fails at once with
    // ECONNRESET before any reply; the request never reached the server, so retrying is safe. Several pooled
    // sockets can be stale at once, hence a bounded loop rather than a single retry.
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.send(req);
      } catch (err) {
        const stale = (err as { reusedSocket?: boolean }).reusedSocket && (err as NodeJS.ErrnoException).code === 'ECONNRESET';
        if (!stale || attempt >= 10) throw err;
      }
    }
  }

  private async send(req: ApiRequest): Promise<http.IncomingMessage> {
    const { agent, headers } = await this.connection.requestOptions();
    const url = new URL(this.connection.server + req.path);
    for (const [k, v] of Object.entries(req.query ?? {})) if (v !== undefined && v !== '') url.searchParams.set(k, String(v));
    const payload = req.body === undefined ? undefined : Buffer.from(JSON.stringify(req.body));
    const allHeaders: Record<string, string | number> = { ...headers, Accept: 'application/json' };
    if (payload) {
      allHeaders['Content-Type'] = req.contentType ?? 'application/json';
      allHeaders['Content-Length'] = payload.length;
    }
    const send = url.protocol === 'http:' ? http.request : https.request;
    return new Promise((resolve, reject) => {
      const r = send(url, { method: req.method, agent, headers: allHeaders, signal: req.signal }, resolve);
      r.on('error', (err) => reject(Object.assign(err, { reusedSocket: r.reusedSocket })));
      r.end(payload);
    });
  }
}

function readBody(res: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    res.on('error', reject);
    res.on('aborted', () => reject(new Error('response aborted')));
  });
}

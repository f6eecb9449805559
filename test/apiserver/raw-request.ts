import { request } from 'node:https';
import type { TestApiServer } from '../support/api-server.js';

/** The reply to a raw request: status code, headers and the body parsed as JSON when it is JSON. */
export interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
  text: string;
}

/** Options of a raw request. */
export interface RawOptions {
  body?: string | Buffer;
  contentType?: string;
  accept?: string;
  /** Override the bearer token (`null` sends none). */
  token?: string | null;
}

/** Sends one HTTPS request to the test server with its CA and token, for cases client libraries would not send. */
export function rawRequest(server: TestApiServer, method: string, path: string, opts: RawOptions = {}): Promise<RawReply> {
  const cluster = server.kubeConfig.getCurrentCluster();
  const user = server.kubeConfig.getCurrentUser();
  const ca = Buffer.from(cluster?.caData ?? '', 'base64');
  const token = opts.token === undefined ? user?.token : opts.token;
  const url = new URL(path, server.url);
  const headers: Record<string, string | number> = { Accept: opts.accept ?? 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (opts.contentType) headers['Content-Type'] = opts.contentType;
  if (opts.body !== undefined) headers['Content-Length'] = Buffer.byteLength(opts.body);
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, ca }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: Record<string, unknown>;
        try {
          body = JSON.parse(text) as Record<string, unknown>;
        } catch {
          body = {};
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text });
      });
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** JSON body helper: sends `value` as application/json. */
export function jsonBody(value: unknown): RawOptions {
  return { body: JSON.stringify(value), contentType: 'application/json' };
}

/** Polls `check` every 20 ms until it returns a value (not undefined) or `timeoutMs` passes (then throws). */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 3000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

import { createReadStream } from 'node:fs';
import { lstat, mkdir, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isWithin, safeJoin } from '../lib/safe-path.js';

/** Where the artifact server listens; loopback by default. */
export interface ServeOptions {
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
}

/** A running artifact server. */
export interface ArtifactServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** The storage root to serve (an ArtifactStore satisfies it). */
export interface ArtifactRoot {
  readonly root: string;
}

function pathSegments(rawUrl: string): string[] | undefined {
  const path = rawUrl.split(/[?#]/, 1)[0] ?? '';
  if (!path.startsWith('/')) return undefined;
  const segments: string[] = [];
  // A trailing slash names a directory: it gets the same 404 as any other directory.
  for (const raw of path.slice(1).replace(/\/$/, '').split('/')) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (!seg && path === '/') return [];
    if (!seg || seg === '.' || seg === '..' || /[/\\\0]/.test(seg)) return undefined;
    segments.push(seg);
  }
  return segments;
}

function reply(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(text + '\n');
}

async function handle(rootReal: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return reply(res, 405, 'method not allowed');
  }
  const segments = pathSegments(req.url ?? '');
  if (!segments) return reply(res, 400, 'bad request');
  let file: string;
  try {
    file = safeJoin(rootReal, segments.join('/'));
  } catch {
    return reply(res, 400, 'bad request');
  }
  const st = await lstat(file).catch(() => undefined);
  const real = st?.isFile() ? await realpath(file).catch(() => undefined) : undefined;
  if (!st || !real || !isWithin(rootReal, real)) return reply(res, 404, 'not found');
  res.writeHead(200, {
    'content-type': file.endsWith('.tar.gz') ? 'application/gzip' : 'application/octet-stream',
    'content-length': String(st.size),
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(real).on('error', () => res.destroy()).pipe(res);
}

/**
 * Serves the store's files read-only over HTTP (GET/HEAD): no directory listings, no symlinks, and
 * any path that is malformed or would leave the root answered 400/404. Binds 127.0.0.1 unless told otherwise.
 */
export async function serveArtifacts(store: ArtifactRoot, opts: ServeOptions = {}): Promise<ArtifactServer> {
  await mkdir(store.root, { recursive: true });
  const rootReal = await realpath(store.root);
  const server = createServer((req, res) => {
    handle(rootReal, req, res).catch(() => {
      if (!res.headersSent) reply(res, 500, 'internal error');
      else res.destroy();
    });
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolvePromise());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}

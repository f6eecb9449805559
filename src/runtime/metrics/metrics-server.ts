import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MetricsRecorder } from './metrics-recorder.js';

/** A running `/metrics` endpoint: its bound address and a way to stop it. */
export interface MetricsServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the recorder's registry at `/metrics` on `addr` (`host:port`, `:port` or a port; host defaults to
 * 127.0.0.1, port 0 picks a free one), as Flux's `--metrics-addr`.
 */
export async function startMetricsServer(recorder: MetricsRecorder, addr: string): Promise<MetricsServer> {
  const { host, port } = parseAddr(addr);
  const server: Server = createServer((req, res) => {
    if (req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404).end('not found\n');
      return;
    }
    res.writeHead(200, { 'Content-Type': recorder.registry.contentType });
    // A scraper that hangs up mid-way ends the stream; nothing more to tell it.
    recorder.writeTo(res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const bound = server.address() as AddressInfo;
  return {
    url: `http://${bound.address}:${bound.port}/metrics`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function parseAddr(addr: string): { host: string; port: number } {
  const at = addr.lastIndexOf(':');
  const host = at > 0 ? addr.slice(0, at) : '127.0.0.1';
  const port = Number(at >= 0 ? addr.slice(at + 1) : addr);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--metrics-addr: "${addr}" is not host:port`);
  return { host, port };
}

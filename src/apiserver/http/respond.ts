import type { ServerResponse } from 'node:http';
import { toApiError } from './to-api-error.js';

/** Sends a JSON body with a status code. */
export function sendJson(res: ServerResponse, code: number, body: unknown, warnings: string[] = [], contentType = 'application/json'): void {
  const text = JSON.stringify(body);
  const headers: Record<string, string | number | string[]> = {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-cache, private',
  };
  if (warnings.length > 0) headers.Warning = warnings.map((w) => `299 - ${JSON.stringify(w)}`);
  res.writeHead(code, headers);
  res.end(text);
}

/** Sends an error as a Kubernetes `Status`; anything not an ApiError becomes a 500 without internals. */
export function sendError(res: ServerResponse, err: unknown): void {
  const apiErr = toApiError(err);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, apiErr.code, apiErr.toStatus());
}

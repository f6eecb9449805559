import type { IncomingMessage } from 'node:http';
import { ApiError } from '../api-error.js';

/** The largest request body Kubernetes accepts (3 MiB). */
export const maxBodyBytes = 3 * 1024 * 1024;

/**
 * Reads a request body, refusing anything over {@link maxBodyBytes} with 413 as Kubernetes does. The rest of an
 * oversized body is drained, not buffered, so the connection stays usable and memory stays bounded.
 */
export async function readBody(req: IncomingMessage, limit = maxBodyBytes): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) {
    req.resume();
    throw tooLarge(limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) over = true;
    if (!over) chunks.push(chunk);
  }
  if (over) throw tooLarge(limit);
  return Buffer.concat(chunks);
}

function tooLarge(limit: number): ApiError {
  return new ApiError(413, 'RequestEntityTooLarge', `Request entity too large: limit is ${limit}`);
}

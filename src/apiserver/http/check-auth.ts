import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApiError } from '../api-error.js';

/** Refuses a request without `Authorization: Bearer <token>` for the server's token (401, as Kubernetes says it). */
export function checkAuth(req: IncomingMessage, token: string): void {
  const header = req.headers.authorization ?? '';
  const m = /^Bearer\s+(.+)$/i.exec(header);
  const given = Buffer.from(m?.[1]?.trim() ?? '');
  const want = Buffer.from(token);
  if (given.length !== want.length || !timingSafeEqual(given, want)) throw new ApiError(401, 'Unauthorized', 'Unauthorized');
}

import type { ApiStatus } from '../kube-object.js';
import { AlreadyExistsError } from './already-exists-error.js';
import { ApiError } from './api-error.js';
import { ConflictError } from './conflict-error.js';
import { ForbiddenError } from './forbidden-error.js';
import { GoneError } from './gone-error.js';
import { InvalidError } from './invalid-error.js';
import { NotFoundError } from './not-found-error.js';
import { UnauthorizedError } from './unauthorized-error.js';

/**
 * Turns a failed reply (HTTP code and body, which is usually a `Status`) into the matching typed error.
 * `what` describes the request (`GET /apis/...`) for replies that carry no message of their own.
 */
export function errorFromStatus(code: number, body: unknown, what: string): ApiError {
  const status = asStatus(body);
  const fallback = `${what}: HTTP ${code}`;
  const reason = status.reason ?? '';
  if (code === 404) return new NotFoundError(code, status, fallback);
  if (code === 409) {
    return reason === 'AlreadyExists'
      ? new AlreadyExistsError(code, status, fallback)
      : new ConflictError(code, status, fallback);
  }
  if (code === 410 || reason === 'Expired' || reason === 'Gone') return new GoneError(410, status, fallback);
  if (code === 422 || reason === 'Invalid') return new InvalidError(code, status, fallback);
  if (code === 403) return new ForbiddenError(code, status, fallback);
  if (code === 401) return new UnauthorizedError(code, status, fallback);
  return new ApiError(code, status, fallback);
}

function asStatus(body: unknown): ApiStatus {
  if (typeof body === 'string') {
    const text = body.trim();
    if (text.startsWith('{')) {
      try {
        return asStatus(JSON.parse(text));
      } catch {
        return { message: text.slice(0, 500) };
      }
    }
    return text ? { message: text.slice(0, 500) } : {};
  }
  if (body && typeof body === 'object') return body as ApiStatus;
  return {};
}

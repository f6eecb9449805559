import type { IncomingMessage } from 'node:http';
import { createInterface } from 'node:readline';
import { errorFromStatus } from './errors/error-from-status.js';
import type { ApiStatus, KubeObject, WatchEvent } from './kube-object.js';

/**
 * Reads a watch response (one JSON event per line) as events. An `ERROR` event becomes the typed error it
 * carries (410 → GoneError, so the caller re-lists); the stream ending or being aborted ends the iteration.
 */
export async function* readWatchStream(res: IncomingMessage, what: string, signal?: AbortSignal): AsyncGenerator<WatchEvent> {
  const lines = createInterface({ input: res, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (!line.trim()) continue;
      const event = JSON.parse(line) as { type: string; object: unknown };
      if (event.type === 'ERROR') {
        const status = event.object as ApiStatus;
        throw errorFromStatus(status.code ?? 500, status, what);
      }
      yield { type: event.type as WatchEvent['type'], object: event.object as KubeObject };
    }
  } catch (err) {
    if (signal?.aborted || isAbortLike(err)) return;
    throw err;
  } finally {
    lines.close();
    res.destroy();
  }
}

function isAbortLike(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === 'ABORT_ERR' || code === 'ECONNRESET' || (err as Error | null)?.name === 'AbortError';
}

import type { ApiContext } from '../api-context.js';
import { finishDeletion } from '../objects/finish-deletion.js';

/**
 * Expires Events an hour (or `ttlMs`) after they last happened, as the apiserver's event TTL does, checking once a
 * minute (or every `ttlMs`, if shorter). Returns the function that stops it.
 */
export function startEventTtl(ctx: ApiContext, ttlMs: number): () => void {
  const sweep = (): void => {
    const cutoff = ctx.now().getTime() - ttlMs;
    for (const type of ctx.registry.storageResources()) {
      if (type.kind !== 'Event') continue;
      for (const ev of ctx.store.list(type.storageKey)) {
        const last = Date.parse(String(ev.lastTimestamp ?? ev.eventTime ?? ev.metadata.creationTimestamp ?? ''));
        if (!Number.isNaN(last) && last < cutoff) finishDeletion(ctx, type, ev);
      }
    }
  };
  const timer = setInterval(sweep, Math.min(60_000, ttlMs));
  timer.unref();
  return () => clearInterval(timer);
}

import { isGoneError, type ClusterClient, type KubeObject, type WatchEvent, type WatchOptions } from '../cluster/client/index.js';

/**
 * Watches a kind until `signal` aborts: when the server ends the stream (real API servers do after a while) the
 * watch resumes from the last resourceVersion seen, from scratch when that version is gone, a second later.
 */
export async function* watchUntilAborted<T extends KubeObject>(client: ClusterClient, options: Omit<WatchOptions, 'signal' | 'resourceVersion'>, signal: AbortSignal): AsyncGenerator<WatchEvent<T>> {
  let resourceVersion: string | undefined;
  while (!signal.aborted) {
    try {
      for await (const ev of client.watch<T>({ ...options, ...(resourceVersion ? { resourceVersion } : {}), signal })) {
        resourceVersion = ev.object.metadata.resourceVersion ?? resourceVersion;
        yield ev;
      }
    } catch (err) {
      if (signal.aborted) return;
      if (!isGoneError(err)) throw err;
      resourceVersion = undefined;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

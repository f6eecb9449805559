import { isNotFoundError, type ClusterClient, type KubeObject, type ObjectRef } from '../client/index.js';
import { assessHealth } from './assess-health.js';
import type { CelHealthCheck } from './cel-health.js';
import type { HealthResult } from './health-status.js';
import { subjectOf } from '../ssa/change-set.js';

// Named as in change sets (`Kind/namespace/name`), so `known` can be keyed by a change's subject.
const subjectOfRef = (r: ObjectRef): string => subjectOf({ kind: r.kind, metadata: { name: r.name, ...(r.namespace ? { namespace: r.namespace } : {}) } });

/** One object still not healthy when the wait ended. */
export interface UnhealthyObject {
  subject: string;
  result: HealthResult;
}

/** Options of a health wait: the deadline, how often to poll, CEL checks for custom kinds, and cancellation. */
export interface WaitForHealthOptions {
  timeoutMs: number;
  intervalMs?: number;
  celChecks?: readonly CelHealthCheck[];
  signal?: AbortSignal;
  /** Objects just read from the server (by `Kind/namespace/name`): the first assessment uses them, saving a GET each. */
  known?: ReadonlyMap<string, KubeObject>;
}


async function assessOne(client: ClusterClient, ref: ObjectRef, celChecks: readonly CelHealthCheck[], known: KubeObject | undefined, signal?: AbortSignal): Promise<HealthResult> {
  let obj: KubeObject;
  try {
    obj = known ?? await client.get(ref, { signal });
  } catch (err) {
    if (isNotFoundError(err)) return { status: 'NotFound', message: 'object not found' };
    throw err;
  }
  const cel = celChecks.find((c) => c.matches(obj));
  return cel ? cel.assess(obj) : assessHealth(obj);
}

/**
 * Polls objects until every one is Current or the timeout passes; returns the ones that are not (empty: all
 * healthy). A Failed object ends the wait early. Aborting the signal rejects with the signal's reason.
 */
export async function waitForHealth(client: ClusterClient, refs: readonly ObjectRef[], options: WaitForHealthOptions): Promise<UnhealthyObject[]> {
  const deadline = Date.now() + options.timeoutMs;
  const celChecks = options.celChecks ?? [];
  let pending = [...refs];
  let known = options.known;
  for (;;) {
    options.signal?.throwIfAborted();
    const first = known;
    const results = await Promise.all(pending.map(async (ref) => ({ ref, result: await assessOne(client, ref, celChecks, first?.get(subjectOfRef(ref)), options.signal) })));
    known = undefined;
    const unhealthy = results.filter((r) => r.result.status !== 'Current');
    if (unhealthy.length === 0) return [];
    if (unhealthy.some((r) => r.result.status === 'Failed') || Date.now() >= deadline) {
      return unhealthy.map((r) => ({ subject: subjectOfRef(r.ref), result: r.result }));
    }
    pending = unhealthy.map((r) => r.ref);
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(resolve, Math.min(options.intervalMs ?? 250, Math.max(0, deadline - Date.now())));
      options.signal?.addEventListener('abort', () => { clearTimeout(t); reject(options.signal!.reason); }, { once: true });
    });
  }
}

import type { ApiContext } from '../api-context.js';
import { internalWrite } from '../control/internal-write.js';
import { WorkQueue } from '../control/work-queue.js';
import { cloneJson } from '../kube-object.js';
import { updateObject } from '../objects/update-object.js';
import { simulatedStatus } from './workload-status.js';

const watched = ['apps/deployments', 'apps/replicasets', 'apps/statefulsets', 'apps/daemonsets', 'batch/jobs', '/pods', '/persistentvolumeclaims'];

/**
 * Gives workloads the status their controllers and kubelet would report, `delayMs` after each change, so health
 * checks (kstatus) see them go from in-progress to current (or stay unready with the image marker, reaching
 * ProgressDeadlineExceeded). Returns the function that stops it.
 */
export function startKubeletSimulator(ctx: ApiContext, delayMs: number): () => void {
  // When each object's current generation was first seen (for progress deadlines), one entry per live object.
  const firstSeen = new Map<string, { generation: number; since: Date }>();
  const queue = new WorkQueue((key) => reconcile(key), ctx.log, 'kubelet');
  const stops = watched.map((storageKey) => ctx.hub.subscribe(storageKey, (e) => {
    const uid = e.object.metadata.uid ?? '';
    if (e.type === 'DELETED') {
      firstSeen.delete(uid);
      return;
    }
    queue.add(`${storageKey}|${e.object.metadata.namespace ?? ''}|${e.object.metadata.name ?? ''}`, delayMs);
  }));
  for (const key of watched) {
    for (const o of ctx.store.list(key)) queue.add(`${key}|${o.metadata.namespace ?? ''}|${o.metadata.name ?? ''}`, delayMs);
  }
  return () => {
    for (const s of stops) s();
    queue.close();
  };

  function reconcile(key: string): void {
    const [storageKey = '', ns = '', name = ''] = key.split('|');
    const obj = ctx.store.get(storageKey, ns || undefined, name);
    const type = ctx.registry.storageResources().find((t) => t.storageKey === storageKey);
    if (!obj || !type || obj.metadata.deletionTimestamp) return;
    const uid = obj.metadata.uid ?? '';
    const generation = obj.metadata.generation ?? 0;
    let seen = firstSeen.get(uid);
    if (!seen || seen.generation !== generation) {
      seen = { generation, since: new Date(ctx.now().getTime() - delayMs) };
      firstSeen.set(uid, seen);
    }
    const since = seen.since;
    const sim = simulatedStatus(obj, ctx.now(), since);
    if (!sim) return;
    if (sim.recheckInMs !== undefined) queue.add(key, Math.max(sim.recheckInMs, 10));
    if (sameIgnoringTimes(obj.status, sim.status)) return;
    const next = cloneJson(obj);
    next.status = keepTransitionTimes(obj.status, sim.status);
    updateObject(ctx, type, ns || undefined, name, next, { ...internalWrite('kubelet'), subresource: 'status' });
  }
}

function strip(v: unknown): string {
  return JSON.stringify(v ?? {}, (k, x: unknown) => (/Time$|^startedAt$/.test(k) ? undefined : x));
}

function sameIgnoringTimes(a: unknown, b: unknown): boolean {
  return strip(a) === strip(b);
}

// A condition keeps its lastTransitionTime while its status does not change, as controllers do.
function keepTransitionTimes(old: unknown, next: Record<string, unknown>): Record<string, unknown> {
  const before = ((old as { conditions?: Array<Record<string, unknown>> } | undefined)?.conditions) ?? [];
  const conds = next.conditions as Array<Record<string, unknown>> | undefined;
  if (!conds) return next;
  return { ...next, conditions: conds.map((c) => {
    const prev = before.find((p) => p.type === c.type);
    return prev && prev.status === c.status && prev.lastTransitionTime ? { ...c, lastTransitionTime: prev.lastTransitionTime } : c;
  }) };
}

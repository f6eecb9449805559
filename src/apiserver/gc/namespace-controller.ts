import type { ApiContext } from '../api-context.js';
import { ensureDefaultServiceAccount } from '../bootstrap.js';
import { internalWrite } from '../control/internal-write.js';
import { WorkQueue } from '../control/work-queue.js';
import { cloneJson } from '../kube-object.js';
import { deleteObject } from '../objects/delete-object.js';
import { updateObject } from '../objects/update-object.js';

const nsKey = '/namespaces';

/**
 * The namespace lifecycle: a new namespace gets its `default` ServiceAccount; a namespace being deleted
 * (phase Terminating) has everything in it deleted, and once nothing remains its `kubernetes` finalizer is removed
 * so it disappears. Returns the function that stops it.
 */
export function startNamespaceController(ctx: ApiContext): () => void {
  const queue = new WorkQueue((name) => reconcile(name), ctx.log, 'namespace');
  for (const ns of ctx.store.list(nsKey)) queue.add(ns.metadata.name ?? '');
  const stop = ctx.hub.subscribe('*', (e) => {
    if (e.storageKey === nsKey) {
      if (e.type !== 'DELETED') queue.add(e.object.metadata.name ?? '');
      return;
    }
    const ns = e.object.metadata.namespace;
    if (e.type === 'DELETED' && ns && ctx.store.get(nsKey, undefined, ns)?.metadata.deletionTimestamp) queue.add(ns, 10);
  });
  return () => {
    stop();
    queue.close();
  };

  function reconcile(name: string): void {
    const ns = ctx.store.get(nsKey, undefined, name);
    if (!ns) return;
    if (!ns.metadata.deletionTimestamp) {
      ensureDefaultServiceAccount(ctx, name);
      return;
    }
    let remaining = 0;
    for (const type of ctx.registry.storageResources()) {
      if (!type.namespaced) continue;
      for (const obj of ctx.store.list(type.storageKey, name)) {
        remaining++;
        if (!obj.metadata.deletionTimestamp) deleteObject(ctx, type, name, obj.metadata.name ?? '', { dryRun: false, propagationPolicy: 'Background' });
      }
    }
    const stillThere = ctx.registry.storageResources().some((t) => t.namespaced && ctx.store.list(t.storageKey, name).length > 0);
    if (stillThere) {
      if (remaining > 0) queue.add(name, 200);
      return;
    }
    const nsType = ctx.registry.find('', 'v1', 'namespaces');
    const fresh = ctx.store.get(nsKey, undefined, name);
    if (!nsType || !fresh) return;
    const next = cloneJson(fresh);
    const spec = (next.spec ?? {}) as { finalizers?: string[] };
    spec.finalizers = (spec.finalizers ?? []).filter((f) => f !== 'kubernetes');
    next.spec = spec;
    updateObject(ctx, nsType, undefined, name, next, internalWrite('namespace-controller'));
  }
}

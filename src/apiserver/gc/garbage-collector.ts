import type { ApiContext } from '../api-context.js';
import { internalWrite } from '../control/internal-write.js';
import { WorkQueue } from '../control/work-queue.js';
import { cloneJson, type KubeObject } from '../kube-object.js';
import { deleteObject } from '../objects/delete-object.js';
import { updateObject } from '../objects/update-object.js';
import type { ResourceType } from '../registry/resource-type.js';
import { OwnerIndex, type DependentRef } from './owner-index.js';

const manager = 'kube-controller-manager';

/**
 * Owner-reference garbage collection as Kubernetes does it: when an owner is gone, dependents whose owners are
 * all gone are deleted (background) and the rest lose the dangling reference; an owner being deleted with the
 * `orphan` finalizer first frees its dependents, one with `foregroundDeletion` first deletes them.
 * Returns the function that stops it.
 */
export function startGarbageCollector(ctx: ApiContext): () => void {
  const index = new OwnerIndex();
  const byStorage = (): Map<string, ResourceType> => new Map(ctx.registry.storageResources().map((t) => [t.storageKey, t]));
  for (const t of ctx.registry.storageResources()) for (const o of ctx.store.list(t.storageKey)) index.set(t.storageKey, o);
  const queue = new WorkQueue((key) => process(key), ctx.log, 'garbage-collector');
  const stop = ctx.hub.subscribe('*', (e) => {
    if (e.type === 'DELETED') {
      index.remove(e.storageKey, e.object);
      if (index.dependents(e.object.metadata.uid ?? '').length > 0) queue.add(`gone|${e.object.metadata.uid ?? ''}`);
      return;
    }
    index.set(e.storageKey, e.object);
    const f = e.object.metadata.finalizers ?? [];
    if (e.object.metadata.deletionTimestamp && (f.includes('orphan') || f.includes('foregroundDeletion'))) {
      queue.add(`owner|${e.storageKey}|${e.object.metadata.namespace ?? ''}|${e.object.metadata.name ?? ''}`);
    }
    // A dependent created after its owner vanished (or naming a uid that never existed) is collected too.
    for (const ref of e.object.metadata.ownerReferences ?? []) {
      if (e.type === 'ADDED' && ref.uid) queue.add(`check|${ref.uid}|${ref.apiVersion}|${ref.kind}|${e.object.metadata.namespace ?? ''}|${ref.name}`, 50);
    }
  });
  return () => {
    stop();
    queue.close();
  };

  function process(key: string): void {
    const [kind, ...rest] = key.split('|');
    if (kind === 'gone') collectDependents(rest[0] ?? '', 'Background');
    if (kind === 'owner') finishOwner(rest[0] ?? '', rest[1] || undefined, rest[2] ?? '');
    if (kind === 'check') checkOwner(rest[0] ?? '', rest[1] ?? '', rest[2] ?? '', rest[3] || undefined, rest[4] ?? '');
  }

  function checkOwner(uid: string, apiVersion: string, kindName: string, namespace: string | undefined, name: string): void {
    const group = apiVersion.includes('/') ? apiVersion.split('/')[0] ?? '' : '';
    const type = ctx.registry.findByGroupKind(group, kindName);
    if (!type) return;
    const owner = ctx.store.get(type.storageKey, type.namespaced ? namespace : undefined, name);
    if (!owner || owner.metadata.uid !== uid) collectDependents(uid, 'Background');
  }

  function collectDependents(uid: string, policy: 'Background' | 'Foreground'): void {
    const types = byStorage();
    for (const dep of index.dependents(uid)) {
      const type = types.get(dep.storageKey);
      const obj = ctx.store.get(dep.storageKey, dep.namespace, dep.name);
      if (!type || !obj) continue;
      const alive = (obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid && ownerExists(r.uid, r.apiVersion, r.kind, dep.namespace, r.name));
      if (alive.length > 0) dropReference(type, obj, uid);
      else if (!obj.metadata.deletionTimestamp) deleteObject(ctx, type, dep.namespace, dep.name, { dryRun: false, propagationPolicy: policy });
    }
  }

  function ownerExists(uid: string, apiVersion: string, kind: string, namespace: string | undefined, name: string): boolean {
    const group = apiVersion.includes('/') ? apiVersion.split('/')[0] ?? '' : '';
    const type = ctx.registry.findByGroupKind(group, kind);
    if (!type) return false;
    return ctx.store.get(type.storageKey, type.namespaced ? namespace : undefined, name)?.metadata.uid === uid;
  }

  function dropReference(type: ResourceType, obj: KubeObject, uid: string): void {
    const next = cloneJson(obj);
    next.metadata.ownerReferences = (next.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid);
    if (next.metadata.ownerReferences.length === 0) delete next.metadata.ownerReferences;
    updateObject(ctx, type, obj.metadata.namespace, obj.metadata.name ?? '', next, internalWrite(manager));
  }

  function finishOwner(storageKey: string, namespace: string | undefined, name: string): void {
    const type = byStorage().get(storageKey);
    const owner = ctx.store.get(storageKey, namespace, name);
    if (!type || !owner?.metadata.deletionTimestamp) return;
    const uid = owner.metadata.uid ?? '';
    const finalizers = owner.metadata.finalizers ?? [];
    const deps: DependentRef[] = index.dependents(uid);
    if (finalizers.includes('orphan')) {
      const types = byStorage();
      for (const d of deps) {
        const t = types.get(d.storageKey);
        const o = ctx.store.get(d.storageKey, d.namespace, d.name);
        if (t && o) dropReference(t, o, uid);
      }
      removeFinalizer(type, owner, 'orphan');
      return;
    }
    if (finalizers.includes('foregroundDeletion')) {
      if (deps.length > 0) {
        collectDependents(uid, 'Foreground');
        queue.add(`owner|${storageKey}|${namespace ?? ''}|${name}`, 50);
        return;
      }
      removeFinalizer(type, owner, 'foregroundDeletion');
    }
  }

  function removeFinalizer(type: ResourceType, obj: KubeObject, finalizer: string): void {
    const fresh = ctx.store.get(type.storageKey, obj.metadata.namespace, obj.metadata.name ?? '');
    if (!fresh) return;
    const next = cloneJson(fresh);
    next.metadata.finalizers = (next.metadata.finalizers ?? []).filter((f) => f !== finalizer);
    updateObject(ctx, type, fresh.metadata.namespace, fresh.metadata.name ?? '', next, internalWrite(manager));
  }
}

import { rfc3339, type ApiContext } from '../api-context.js';
import { conflict, notFound } from '../api-errors.js';
import { cloneJson, type KubeObject } from '../kube-object.js';
import type { ResourceType } from '../registry/resource-type.js';
import { finishDeletion } from './finish-deletion.js';
import type { DeleteOptions } from './write-options.js';

/** What a delete did: removed the object at once, or marked it for deletion pending finalizers. */
export interface DeleteResult {
  object: KubeObject;
  removed: boolean;
}

/**
 * Deletes an object as Kubernetes does: preconditions (uid, resourceVersion) checked, `Orphan` and `Foreground`
 * turned into the `orphan` / `foregroundDeletion` finalizers, and an object with finalizers only marked with
 * deletionTimestamp (the garbage collector and namespace controller finish the job). Dependents of a removed
 * object are collected in the background by the garbage collector.
 */
export function deleteObject(ctx: ApiContext, type: ResourceType, namespace: string | undefined, name: string,
  opts: DeleteOptions): DeleteResult {
  const old = ctx.store.get(type.storageKey, namespace, name);
  if (!old) throw notFound(type, name);
  const pre = opts.preconditions ?? {};
  if (pre.uid && pre.uid !== old.metadata.uid) {
    throw conflict(type, name, `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${old.metadata.uid ?? ''}`);
  }
  if (pre.resourceVersion && pre.resourceVersion !== old.metadata.resourceVersion) {
    throw conflict(type, name,
      `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${old.metadata.resourceVersion ?? ''}`);
  }
  const finalizers = [...(old.metadata.finalizers ?? [])];
  const policy = opts.propagationPolicy;
  if (policy === 'Orphan' && !finalizers.includes('orphan')) finalizers.push('orphan');
  if (policy === 'Foreground' && !finalizers.includes('foregroundDeletion')) finalizers.push('foregroundDeletion');
  const nsSpecFinalizers = isNamespace(type) ? ((old.spec as { finalizers?: string[] } | undefined)?.finalizers ?? []) : [];
  if (finalizers.length === 0 && nsSpecFinalizers.length === 0) {
    if (opts.dryRun) return { object: old, removed: true };
    return { object: finishDeletion(ctx, type, old), removed: true };
  }
  if (old.metadata.deletionTimestamp && sameList(finalizers, old.metadata.finalizers ?? [])) return { object: old, removed: false };
  const next = cloneJson(old);
  next.metadata.finalizers = finalizers.length > 0 ? finalizers : undefined;
  if (!next.metadata.finalizers) delete next.metadata.finalizers;
  next.metadata.deletionTimestamp ??= rfc3339(ctx.now());
  next.metadata.deletionGracePeriodSeconds ??= 0;
  if (isNamespace(type)) next.status = { ...((next.status as object | undefined) ?? {}), phase: 'Terminating' };
  if (opts.dryRun) return { object: next, removed: false };
  return { object: ctx.store.put(type.storageKey, next), removed: false };
}

function isNamespace(type: ResourceType): boolean {
  return type.group === '' && type.plural === 'namespaces';
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

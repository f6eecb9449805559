import { rfc3339, type ApiContext } from '../api-context.js';
import { badRequest, conflict, notFound, staleObjectMessage } from '../api-errors.js';
import { cloneJson, type KubeObject } from '../kube-object.js';
import { hasStatus, type ResourceType } from '../registry/resource-type.js';
import { admitObject } from './admit-object.js';
import { normalizeIdentity } from './create-object.js';
import { finishDeletion } from './finish-deletion.js';
import { jsonEqual } from './json-equal.js';
import { tracksGeneration } from './tracks-generation.js';
import type { WriteOptions } from './write-options.js';

/** Options of an update beyond the common write options. */
export interface UpdateOptions extends WriteOptions {
  /** `status` writes only status; `scale` is a main write recorded against the scale subresource. */
  subresource?: 'status' | 'scale';
  /** managedFields were already computed (server-side apply): do not record an Update entry. */
  managedFieldsDone?: boolean;
}

/**
 * Replaces an object (PUT, or the result of a PATCH): optimistic concurrency on `metadata.resourceVersion`,
 * immutable identity fields kept, status kept on main writes and everything but status kept on `/status`
 * writes, generation bumped when anything outside metadata and status changed. An unchanged object is not
 * written (same resourceVersion, no event). An object being deleted whose last finalizer goes is removed.
 */
export function updateObject(ctx: ApiContext, type: ResourceType, namespace: string | undefined, name: string,
  body: Record<string, unknown>, opts: UpdateOptions): KubeObject {
  const old = ctx.store.get(type.storageKey, namespace, name);
  if (!old) throw notFound(type, name);
  const incoming = normalizeIdentity(type, body, namespace);
  if (incoming.metadata.name !== undefined && incoming.metadata.name !== name) {
    throw badRequest(`the name of the object (${incoming.metadata.name}) does not match the name on the URL (${name})`);
  }
  const rv = incoming.metadata.resourceVersion;
  if (rv !== undefined && rv !== '' && rv !== old.metadata.resourceVersion) throw conflict(type, name, staleObjectMessage);
  const next = opts.subresource === 'status' ? statusOnly(old, incoming) : mainOnly(type, old, incoming);
  const meta = next.metadata;
  meta.name = name;
  meta.uid = old.metadata.uid;
  meta.creationTimestamp = old.metadata.creationTimestamp;
  meta.resourceVersion = old.metadata.resourceVersion;
  if (old.metadata.deletionTimestamp) {
    meta.deletionTimestamp = old.metadata.deletionTimestamp;
    meta.deletionGracePeriodSeconds = old.metadata.deletionGracePeriodSeconds;
    const added = (meta.finalizers ?? []).filter((f) => !(old.metadata.finalizers ?? []).includes(f));
    if (added.length > 0) throw badRequest(`Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers ${JSON.stringify(added)}`);
  } else {
    delete meta.deletionTimestamp;
    delete meta.deletionGracePeriodSeconds;
  }
  admitObject(ctx, type, next, old, opts);
  // Compared after defaulting and pruning, so a body that merely omits defaulted fields changes nothing.
  if (tracksGeneration(type)) {
    meta.generation = old.metadata.generation ?? 1;
    if (specChanged(old, next)) meta.generation += 1;
  } else delete meta.generation;
  const recorded = opts.managedFieldsDone ? next
    : ctx.merge.recordUpdate(old, next, opts.fieldManager, rfc3339(ctx.now()), type.schema(), opts.subresource);
  if (jsonEqual(recorded, old)) return old;
  if (recorded.metadata.deletionTimestamp && (recorded.metadata.finalizers ?? []).length === 0 && !pendingSpecFinalizers(recorded)) {
    return opts.dryRun ? recorded : finishDeletion(ctx, type, recorded);
  }
  if (opts.dryRun) return recorded;
  return ctx.store.put(type.storageKey, recorded);
}

function statusOnly(old: KubeObject, incoming: KubeObject): KubeObject {
  const next = cloneJson(old);
  if (incoming.status === undefined) delete next.status;
  else next.status = incoming.status;
  if (incoming.metadata.managedFields !== undefined) next.metadata.managedFields = incoming.metadata.managedFields;
  return next;
}

function mainOnly(type: ResourceType, old: KubeObject, incoming: KubeObject): KubeObject {
  const next = cloneJson(incoming);
  if (hasStatus(type)) {
    if (old.status === undefined) delete next.status;
    else next.status = cloneJson(old.status);
  }
  return next;
}

function specChanged(old: KubeObject, next: KubeObject): boolean {
  const { metadata: _m1, status: _s1, ...a } = old;
  const { metadata: _m2, status: _s2, ...b } = next;
  return !jsonEqual(a, b);
}

// A namespace also waits for its `spec.finalizers` (the "kubernetes" finalizer the namespace controller removes).
function pendingSpecFinalizers(obj: KubeObject): boolean {
  if (obj.kind !== 'Namespace' || obj.apiVersion !== 'v1') return false;
  const spec = obj.spec as { finalizers?: string[] } | undefined;
  return (spec?.finalizers ?? []).length > 0;
}

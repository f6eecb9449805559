import { ApplyConflicts } from './conflict-error.js';
import { emptyObjectFor } from './empty-object.js';
import { FieldSet } from './field-set.js';
import { isObject } from './json-order.js';
import { allowedConflictsFromLastApplied, withLastApplied } from './last-applied.js';
import {
  decodeManagedFields, encodeManagedFields, isResetManagedFields, managerId, type ManagerEntry, type Managers,
} from './managers.js';
import { strippedFields } from './strip-meta.js';
import type { TypeNode } from './type-node.js';
import { applyManagers, updateManagers } from './updater.js';
import type { KubeObject } from './patch-request.js';

/** Everything the field-manager layers need besides the objects. */
export interface FieldManagerContext {
  type: TypeNode;
  /** Fields this endpoint resets and nobody may own through it (`.status` on the main resource, …). */
  ignored: FieldSet;
  /** The endpoint's group/version, recorded in managedFields entries. */
  apiVersion: string;
  subresource?: string;
  now: string;
}

const maxUpdateManagers = 10;

/** The object without `metadata.managedFields` (a shallow copy; the rest is shared). */
export function withoutManagedFields(obj: KubeObject): KubeObject {
  const meta = obj.metadata;
  if (!isObject(meta) || !('managedFields' in meta)) return obj;
  const { managedFields: _drop, ...rest } = meta;
  return { ...obj, metadata: rest };
}

/** The object with managers encoded into `metadata.managedFields` (removed when there are none). */
export function withManagedFields(obj: KubeObject, managers: Managers): KubeObject {
  const meta = isObject(obj.metadata) ? { ...obj.metadata } : {};
  const encoded = encodeManagedFields(managers);
  if (encoded) meta.managedFields = encoded;
  else delete meta.managedFields;
  return { ...obj, metadata: meta };
}

function strip(managers: Managers, id: string, strip: FieldSet): void {
  const e = managers.get(id);
  if (!e) return;
  const set = e.set.difference(strip);
  if (set.empty()) managers.delete(id);
  else managers.set(id, { ...e, set });
}

function isCreate(live: KubeObject | undefined): boolean {
  return !live || !isObject(live.metadata) || !live.metadata.uid;
}

/**
 * Records a non-apply write (Kubernetes' FieldManager.Update with its default layers): the manager's Update entry
 * gains the changed fields (time stamped only when it gains any), other managers lose them, at most ten Update
 * entries are kept (older ones merge into `ancient-changes`). managedFields written in `next` replace the stored ones.
 */
export function managedUpdate(live: KubeObject | undefined, next: KubeObject, manager: string, ctx: FieldManagerContext): KubeObject {
  const managers = decodeForUpdate(live, next, ctx.subresource !== undefined);
  const newObj = withoutManagedFields(next);
  const liveObj = live ? withoutManagedFields(live) : emptyObjectFor(ctx.type, newObj);
  if (managers.size === 0 && !isCreate(live)) return newObj;
  const out = updateLayers(liveObj, newObj, managers, manager, ctx);
  return withManagedFields(newObj, out);
}

function decodeForUpdate(live: KubeObject | undefined, next: KubeObject, isSubresource: boolean): Managers {
  const fromLive = (): Managers => {
    try {
      return decodeManagedFields(isObject(live?.metadata) ? live.metadata.managedFields : undefined);
    } catch {
      return new Map();
    }
  };
  if (isSubresource) return fromLive();
  const raw = isObject(next.metadata) ? next.metadata.managedFields : undefined;
  if (isResetManagedFields(raw)) return new Map();
  try {
    const m = decodeManagedFields(raw);
    return m.size > 0 ? m : fromLive();
  } catch {
    return fromLive();
  }
}

function updateLayers(liveObj: unknown, newObj: unknown, managers: Managers, manager: string, ctx: FieldManagerContext): Managers {
  const entry: Omit<ManagerEntry, 'set'> = { manager, operation: 'Update', apiVersion: ctx.apiVersion };
  if (ctx.subresource) entry.subresource = ctx.subresource;
  const id = managerId(entry);
  const current = 'current-operation';
  const out = updateManagers(ctx, liveObj, newObj, managers, current, { ...entry, manager: current });
  strip(out, current, strippedFields());
  const gained = out.get(current);
  out.delete(current);
  if (gained) {
    const prev = out.get(id);
    out.set(id, { ...entry, time: ctx.now, set: prev ? gained.set.union(prev.set) : gained.set });
  }
  return capUpdateManagers(out);
}

function capUpdateManagers(managers: Managers): Managers {
  const updaters = [...managers.entries()].filter(([, e]) => e.operation === 'Update');
  if (updaters.length <= maxUpdateManagers) return managers;
  const secs = (e: ManagerEntry): number => (e.time ? Math.floor(Date.parse(e.time) / 1000) || 0 : 0);
  updaters.sort(([ia, a], [ib, b]) => secs(a) - secs(b) || (ia < ib ? -1 : ia > ib ? 1 : 0));
  const firstOfVersion = new Map<string, string>();
  let length = updaters.length;
  for (let i = 0; i < updaters.length && length > maxUpdateManagers; i++) {
    const [id, e] = updaters[i]!;
    const bucket = managerId({ manager: 'ancient-changes', operation: 'Update', apiVersion: e.apiVersion });
    const first = firstOfVersion.get(e.apiVersion);
    if (first === undefined) { firstOfVersion.set(e.apiVersion, id); continue; }
    if (!managers.has(bucket)) {
      const f = managers.get(first)!;
      managers.delete(first);
      managers.set(bucket, { ...f, manager: 'ancient-changes', operation: 'Update' });
    }
    const b = managers.get(bucket)!;
    managers.set(bucket, { ...b, apiVersion: e.apiVersion, set: e.set.union(b.set), time: e.time });
    managers.delete(id);
    length--;
  }
  return managers;
}

/**
 * Server-side apply with Kubernetes' default layers: fields of an object never applied to are first attributed to
 * `before-first-apply`; `kubectl` may take over fields its last-applied annotation proves it set; conflicts throw
 * ApplyConflicts; the applier's entry is time-stamped only when the object changes.
 */
export function managedApply(
  live: KubeObject | undefined, config: KubeObject, manager: string, force: boolean, ctx: FieldManagerContext,
): KubeObject {
  let managers = decodeManagedFields(isObject(live?.metadata) ? live.metadata.managedFields : undefined);
  const liveObj = live ? withoutManagedFields(live) : {};
  if (managers.size === 0 && live) managers = updateLayers({}, liveObj, managers, 'before-first-apply', ctx);
  const run = (f: boolean): KubeObject => applyLayers(liveObj, config, managers, manager, f, ctx);
  let result: KubeObject;
  try {
    result = run(force);
  } catch (e) {
    if (!(e instanceof ApplyConflicts) || manager !== 'kubectl' || !live) throw e;
    const allowed = allowedConflictsFromLastApplied(liveObj, ctx.type, ctx.apiVersion);
    if (!allowed) throw e;
    const remaining = e.conflicts
      .map((c) => ({ ...c, set: c.set.difference(allowed) }))
      .filter((c) => !c.set.empty());
    if (remaining.length > 0) throw new ApplyConflicts(remaining);
    result = run(true);
  }
  return manager === 'kubectl' ? withLastApplied(result, config) : result;
}

function applyLayers(
  liveObj: KubeObject, config: KubeObject, managers: Managers, manager: string, force: boolean, ctx: FieldManagerContext,
): KubeObject {
  const entry: Omit<ManagerEntry, 'set'> = { manager, operation: 'Apply', apiVersion: ctx.apiVersion };
  if (ctx.subresource) entry.subresource = ctx.subresource;
  const id = managerId(entry);
  const previousTime = managers.get(id)?.time;
  const r = applyManagers(ctx, liveObj, config, managers, id, entry, force);
  const out = new Map(r.managers);
  const mine = out.get(id);
  if (mine) {
    const time = r.unchanged ? previousTime : ctx.now;
    const e: ManagerEntry = { ...mine };
    if (time === undefined) delete e.time;
    else e.time = time;
    out.set(id, e);
  }
  strip(out, id, strippedFields());
  const object = r.unchanged ? liveObj : (isObject(r.object) ? r.object : {});
  return withManagedFields(object, out);
}

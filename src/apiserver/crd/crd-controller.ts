import { rfc3339, type ApiContext } from '../api-context.js';
import { internalWrite } from '../control/internal-write.js';
import { WorkQueue } from '../control/work-queue.js';
import { cloneJson, isPlainObject, type KubeObject } from '../kube-object.js';
import { deleteObject } from '../objects/delete-object.js';
import { jsonEqual } from '../objects/json-equal.js';
import { updateObject } from '../objects/update-object.js';
import { crdResourceTypes } from './crd-resource-types.js';

const crdKey = 'apiextensions.k8s.io/customresourcedefinitions';
const cleanupFinalizer = 'customresourcecleanup.apiextensions.k8s.io';

/**
 * Serves the resources of every CRD as soon as it is stored, sets its `NamesAccepted` and `Established` conditions,
 * and on deletion removes all its objects before letting the CRD go. Returns the function that stops it.
 */
export function startCrdController(ctx: ApiContext): () => void {
  const crdType = () => ctx.registry.find('apiextensions.k8s.io', 'v1', 'customresourcedefinitions');
  const queue = new WorkQueue((name) => reconcile(ctx, name), ctx.log, 'crd');
  for (const crd of ctx.store.list(crdKey)) {
    ctx.registry.setCustom(crd.metadata.name ?? '', crdResourceTypes(crd));
    queue.add(crd.metadata.name ?? '');
  }
  const stop = ctx.hub.subscribe(crdKey, (e) => {
    const name = e.object.metadata.name ?? '';
    if (e.type === 'DELETED') ctx.registry.removeCustom(name);
    else {
      // Registered synchronously so the resource is served as soon as the create is acknowledged.
      ctx.registry.setCustom(name, crdResourceTypes(e.object));
      queue.add(name);
    }
  });
  return () => {
    stop();
    queue.close();
  };

  function reconcile(c: ApiContext, name: string): void {
    const type = crdType();
    const crd = c.store.get(crdKey, undefined, name);
    if (!type || !crd) return;
    if (crd.metadata.deletionTimestamp) {
      if (!cleanup(c, name)) {
        queue.add(name, 100);
        return;
      }
      const next = cloneJson(crd);
      next.metadata.finalizers = (next.metadata.finalizers ?? []).filter((f) => f !== cleanupFinalizer);
      updateObject(c, type, undefined, name, next, internalWrite('kube-apiserver'));
      return;
    }
    const status = desiredStatus(crd, c.now());
    if (!jsonEqual(stripTimes(status), stripTimes(crd.status))) {
      updateObject(c, type, undefined, name, { ...cloneJson(crd), status }, { ...internalWrite('kube-apiserver'), subresource: 'status' });
    }
  }
}

// Deletes every object of the CRD; true once none remain.
function cleanup(ctx: ApiContext, crdName: string): boolean {
  const types = ctx.registry.customTypes(crdName);
  const type = types.find((t) => t.preferred) ?? types[0];
  if (!type) return true;
  const objects = ctx.store.list(type.storageKey);
  for (const o of objects) {
    if (!o.metadata.deletionTimestamp) deleteObject(ctx, type, o.metadata.namespace, o.metadata.name ?? '', { dryRun: false });
  }
  return ctx.store.count(type.storageKey) === 0;
}

function desiredStatus(crd: KubeObject, now: Date): Record<string, unknown> {
  const spec = (isPlainObject(crd.spec) ? crd.spec : {}) as { names?: Record<string, unknown>; versions?: Array<{ name: string; storage?: boolean }> };
  const old = (isPlainObject(crd.status) ? crd.status : {}) as { conditions?: Array<Record<string, unknown>>; storedVersions?: string[] };
  const time = rfc3339(now);
  const cond = (type: string, reason: string, message: string): Record<string, unknown> => {
    const prev = old.conditions?.find((c) => c.type === type && c.status === 'True');
    return { type, status: 'True', lastTransitionTime: prev?.lastTransitionTime ?? time, reason, message };
  };
  const names = { ...(spec.names ?? {}) };
  if (!names.singular && typeof names.kind === 'string') names.singular = names.kind.toLowerCase();
  if (!names.listKind && typeof names.kind === 'string') names.listKind = `${names.kind}List`;
  const storage = spec.versions?.find((v) => v.storage)?.name;
  const stored = [...new Set([...(old.storedVersions ?? []), ...(storage ? [storage] : [])])];
  return {
    acceptedNames: names,
    conditions: [cond('NamesAccepted', 'NoConflicts', 'no conflicts found'), cond('Established', 'InitialNamesAccepted', 'the initial names have been accepted')],
    storedVersions: stored,
  };
}

function stripTimes(status: unknown): unknown {
  return JSON.parse(JSON.stringify(status ?? {}, (k, v: unknown) => (k === 'lastTransitionTime' ? undefined : v))) as unknown;
}

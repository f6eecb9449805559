import { randomUUID } from 'node:crypto';
import { rfc3339, type ApiContext } from '../api-context.js';
import { alreadyExists, badRequest, invalid, requiredValue } from '../api-errors.js';
import { isPlainObject, type KubeObject } from '../kube-object.js';
import { apiVersionOf, hasStatus, type ResourceType } from '../registry/resource-type.js';
import { admitObject } from './admit-object.js';
import { checkNamespaceOpen } from './check-namespace.js';
import { generateName } from './generate-name.js';
import { tracksGeneration } from './tracks-generation.js';
import type { WriteOptions } from './write-options.js';

/**
 * Creates an object of a resource in a namespace (undefined for cluster scope): checks apiVersion/kind and
 * namespace, fills uid, creationTimestamp and generation, drops status where the kind has a status subresource,
 * admits (defaults, prunes, validates), records managedFields and stores it unless `dryRun`.
 * Returns what was (or would be) stored.
 */
export function createObject(ctx: ApiContext, type: ResourceType, namespace: string | undefined, body: Record<string, unknown>,
  opts: WriteOptions & { managedFieldsDone?: boolean }): KubeObject {
  const obj = normalizeIdentity(type, body, namespace);
  const meta = obj.metadata;
  if (!meta.name && meta.generateName) meta.name = generateName(meta.generateName);
  if (!meta.name) throw invalid(type.group, type.kind, '', [requiredValue('metadata.name', 'name or generateName is required')]);
  if (meta.resourceVersion) throw badRequest('resourceVersion should not be set on objects to be created');
  if (type.namespaced) checkNamespaceOpen(ctx, type, namespace ?? '', meta.name);
  meta.uid = randomUUID();
  meta.creationTimestamp = rfc3339(ctx.now());
  delete meta.deletionTimestamp;
  delete meta.deletionGracePeriodSeconds;
  if (tracksGeneration(type)) meta.generation = 1;
  else delete meta.generation;
  if (hasStatus(type)) delete obj.status;
  admitObject(ctx, type, obj, undefined, opts);
  if (ctx.store.get(type.storageKey, namespace, meta.name)) throw alreadyExists(type, meta.name);
  const recorded = opts.managedFieldsDone ? obj : ctx.merge.recordUpdate(undefined, obj, opts.fieldManager, rfc3339(ctx.now()), type.schema());
  if (opts.dryRun) return recorded;
  return ctx.store.put(type.storageKey, recorded);
}

/**
 * Checks that a body's apiVersion/kind match the endpoint (filling them when absent) and its namespace matches
 * the URL; returns the body as a KubeObject with metadata.
 */
export function normalizeIdentity(type: ResourceType, body: Record<string, unknown>, namespace: string | undefined): KubeObject {
  const expected = apiVersionOf(type);
  if (body.apiVersion !== undefined && body.apiVersion !== expected) {
    throw badRequest(`the API version in the data (${String(body.apiVersion)}) does not match the expected API version (${expected})`);
  }
  if (body.kind !== undefined && body.kind !== type.kind) {
    throw badRequest(`the kind in the data (${String(body.kind)}) does not match the expected kind (${type.kind})`);
  }
  if (body.metadata !== undefined && body.metadata !== null && !isPlainObject(body.metadata)) throw badRequest('metadata must be an object');
  checkMetaStrings((body.metadata ?? {}) as Record<string, unknown>, type.kind, type.version);
  // apiVersion, kind and metadata lead, as Kubernetes serializes objects.
  const { apiVersion: _a, kind: _k, metadata, ...rest } = body;
  const obj = { apiVersion: expected, kind: type.kind, metadata: { ...((metadata as object | null | undefined) ?? {}) }, ...rest } as KubeObject;
  normalizeTimes(obj);
  if (type.namespaced) {
    if (obj.metadata.namespace && obj.metadata.namespace !== namespace) {
      throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
    }
    obj.metadata.namespace = namespace;
  } else delete obj.metadata.namespace;
  return obj;
}

// Clients (client-node) send times with milliseconds; Kubernetes stores them at second precision.
function normalizeTimes(obj: KubeObject): void {
  const fields = obj.metadata.managedFields;
  if (!Array.isArray(fields)) return;
  obj.metadata.managedFields = fields.map((f) => {
    if (!isPlainObject(f) || typeof f.time !== 'string') return f;
    const t = Date.parse(f.time);
    return Number.isNaN(t) ? f : { ...f, time: new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z') };
  });
}

// Go's decoder refuses non-strings in ObjectMeta's string fields; so does this server, with the same wording.
function checkMetaStrings(meta: Record<string, unknown>, kind: string, version: string): void {
  for (const f of ['name', 'generateName', 'namespace', 'uid', 'resourceVersion', 'creationTimestamp', 'deletionTimestamp']) {
    const v = meta[f];
    if (v !== undefined && v !== null && typeof v !== 'string') {
      throw badRequest(`${kind} in version "${version}" cannot be handled as a ${kind}: json: cannot unmarshal ${Array.isArray(v) ? 'array' : typeof v} into Go struct field ObjectMeta.metadata.${f} of type string`);
    }
  }
}

import { FieldSet } from './field-set.js';
import { everythingExcept, onlyPath } from './field-filter.js';
import { managedApply, type FieldManagerContext } from './field-manager.js';
import { isObject } from './json-order.js';
import { MergeError } from './merge-error.js';
import { checkApplyConfig, checkName, gvkString } from './object-checks.js';
import { TypedValueError } from './to-field-set.js';
import { parseApplyBody } from './parse-body.js';
import type { KubeObject, PatchRequest } from './patch-request.js';
import { TypeNode } from './type-node.js';

/**
 * Server-side apply of `req.body` to the main resource or `/status`: merged by schema, ownership recorded, conflicts
 * answered 409 unless `force`. `/status` changes and owns only `.status`; a main resource whose kind has a status
 * subresource neither changes nor owns it. Applying to a missing object creates it.
 */
export function serverSideApply(req: PatchRequest): KubeObject {
  const config = parseApplyBody(req.body);
  const current = req.current;
  checkApplyConfig(config, req.gvk ?? (current ? { apiVersion: String(current.apiVersion), kind: String(current.kind) } : undefined));
  const status = req.subresource === 'status';
  const ctx: FieldManagerContext = {
    type: TypeNode.forObject(req.schema),
    ignored: status ? everythingExcept(['status'], current, config) : req.statusSubresource ? onlyPath(['status']) : new FieldSet(),
    apiVersion: String(config.apiVersion),
    now: req.now,
  };
  if (status) ctx.subresource = 'status';
  let result: KubeObject;
  try {
    result = managedApply(current, config, req.fieldManager ?? '', req.force, ctx);
  } catch (e) {
    if (!(e instanceof TypedValueError)) throw e;
    const meta = isObject(config.metadata) ? config.metadata : {};
    const who = `${String(meta.namespace ?? '')}/${String(meta.name ?? '')}; ${gvkString(config.apiVersion, config.kind)}`;
    throw new MergeError('BadRequest', `failed to create typed patch object (${who}): ${e.message}`);
  }
  if (hasNull(config)) result = keepSystemFields(dropNullFields(result) as KubeObject, current);
  if (status) result = onlyStatusChanged(current ?? {}, result);
  else if (req.statusSubresource) result = withStatusOf(result, current);
  return checkName(result, req);
}

/** `current` with the result's status and managedFields: everything else a status write may not touch. */
export function onlyStatusChanged(current: KubeObject, result: KubeObject): KubeObject {
  const out = withStatusOf(current, result);
  const meta = isObject(current.metadata) ? { ...current.metadata } : {};
  const mf = isObject(result.metadata) ? result.metadata.managedFields : undefined;
  if (mf === undefined) delete meta.managedFields;
  else meta.managedFields = mf;
  return { ...out, metadata: meta };
}

/** `obj` with `.status` taken from `from` (removed when `from` has none). */
export function withStatusOf(obj: KubeObject, from: KubeObject | undefined): KubeObject {
  const { status: _old, ...rest } = obj;
  return from?.status === undefined ? rest : { ...rest, status: from.status };
}

/** An apply config's `creationTimestamp: null` (typed clients send it) must not erase what the server set. */
function keepSystemFields(result: KubeObject, current: KubeObject | undefined): KubeObject {
  const was = isObject(current?.metadata) ? current.metadata : undefined;
  if (!was) return result;
  const meta = isObject(result.metadata) ? { ...result.metadata } : {};
  for (const k of ['uid', 'creationTimestamp', 'generation']) if (meta[k] === undefined && was[k] !== undefined) meta[k] = was[k];
  return { ...result, metadata: meta };
}

function hasNull(v: unknown): boolean {
  if (v === null) return true;
  if (Array.isArray(v)) return v.some(hasNull);
  if (isObject(v)) for (const k in v) if (hasNull(v[k])) return true;
  return false;
}

/** Fields set to null by an apply are cleared, as decoding into the API types does. */
function dropNullFields(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropNullFields);
  if (!isObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const k in v) if (v[k] !== null) out[k] = dropNullFields(v[k]);
  return out;
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { rfc3339, type ApiContext } from '../api-context.js';
import { badRequest, methodNotSupported, notFound, unsupportedMediaType } from '../api-errors.js';
import { mediaType, parseObjectBody } from '../http/parse-body.js';
import { readBody } from '../http/read-body.js';
import { writeOptions } from '../http/request-options.js';
import { sendJson } from '../http/respond.js';
import { toApiError } from '../http/to-api-error.js';
import { isPlainObject, type KubeObject } from '../kube-object.js';
import { createObject } from '../objects/create-object.js';
import { presentAs } from '../objects/present-as.js';
import { updateObject } from '../objects/update-object.js';
import { answerReview, isReview } from './review-handlers.js';
import { hasStatus, type ResourceType } from '../registry/resource-type.js';

/** The patch media types PATCH accepts. */
export const patchMediaTypes = ['application/json-patch+json', 'application/merge-patch+json',
  'application/strategic-merge-patch+json', 'application/apply-patch+yaml'];

/** POST to a collection: create. */
export async function handleCreate(ctx: ApiContext, type: ResourceType, ns: string | undefined, req: IncomingMessage,
  res: ServerResponse, query: URLSearchParams): Promise<void> {
  const body = parseObjectBody(await readBody(req), req.headers['content-type']);
  if (isReview(type)) {
    sendJson(res, 201, answerReview(type, body));
    return;
  }
  const opts = writeOptions(query, req.headers['user-agent'], ctx.merge);
  const created = createObject(ctx, type, ns, body, opts);
  await ctx.store.committed();
  sendJson(res, 201, presentAs(type, created), opts.warnings);
}

/** PUT to an object or its status: replace. */
export async function handleUpdate(ctx: ApiContext, type: ResourceType, ns: string | undefined, name: string,
  subresource: 'status' | undefined, req: IncomingMessage, res: ServerResponse, query: URLSearchParams): Promise<void> {
  const body = parseObjectBody(await readBody(req), req.headers['content-type']);
  const opts = writeOptions(query, req.headers['user-agent'], ctx.merge);
  const updated = updateObject(ctx, type, ns, name, body, { ...opts, subresource });
  await ctx.store.committed();
  sendJson(res, 200, presentAs(type, updated), opts.warnings);
}

/**
 * PATCH of an object or its status in any of the four patch types; server-side apply creates a missing object.
 * The merge machinery computes the patched object and its managedFields; the update path stores it.
 */
export async function handlePatch(ctx: ApiContext, type: ResourceType, ns: string | undefined, name: string,
  subresource: 'status' | undefined, req: IncomingMessage, res: ServerResponse, query: URLSearchParams): Promise<void> {
  const raw = await readBody(req);
  const contentType = mediaType(req.headers['content-type']);
  if (!patchMediaTypes.includes(contentType)) throw unsupportedMediaType(contentType, patchMediaTypes);
  const isApply = contentType === 'application/apply-patch+yaml';
  const opts = writeOptions(query, req.headers['user-agent'], ctx.merge);
  if (isApply && !query.get('fieldManager')) throw badRequest('PATCH, application/apply-patch+yaml requires fieldManager to be set');
  const force = query.get('force');
  if (force !== null && !isApply) throw badRequest('force: Forbidden: may not be specified for non-apply patch');
  const current = ctx.store.get(type.storageKey, ns, name);
  if (!current && !isApply) throw notFound(type, name);
  if (!current && subresource) throw notFound(type, name);
  let next: KubeObject;
  try {
    next = ctx.merge.applyPatch({
      current: current ? presentAs(type, current) : undefined, body: raw.toString('utf8'), contentType,
      schema: type.schema(), fieldManager: opts.fieldManager, force: force === 'true', subresource,
      statusSubresource: hasStatus(type), custom: type.custom !== undefined, scale: type.custom?.scale, now: rfc3339(ctx.now()),
    });
  } catch (err) {
    throw toApiError(err, { group: type.group, kind: type.kind, plural: type.plural, name });
  }
  if (!isPlainObject(next)) throw badRequest('the patch did not produce an object');
  if (!current) {
    const created = createObject(ctx, type, ns, { ...next, metadata: { ...next.metadata, name } }, { ...opts, managedFieldsDone: true });
    await ctx.store.committed();
    sendJson(res, 201, presentAs(type, created), opts.warnings);
    return;
  }
  const updated = updateObject(ctx, type, ns, name, next, { ...opts, subresource, managedFieldsDone: true });
  await ctx.store.committed();
  sendJson(res, 200, presentAs(type, updated), opts.warnings);
}

/** A verb the resource does not list is a 405. */
export function requireVerb(type: ResourceType, verb: string): void {
  if (!type.verbs.includes(verb)) throw methodNotSupported(type, verb);
}

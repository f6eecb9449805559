import type { IncomingMessage, ServerResponse } from 'node:http';
import { rfc3339, type ApiContext } from '../api-context.js';
import { badRequest, conflict, notFound, staleObjectMessage, unsupportedMediaType } from '../api-errors.js';
import { mediaType, parseObjectBody } from '../http/parse-body.js';
import { readBody } from '../http/read-body.js';
import { writeOptions } from '../http/request-options.js';
import { sendJson } from '../http/respond.js';
import { toApiError } from '../http/to-api-error.js';
import { cloneJson, isPlainObject, type KubeObject } from '../kube-object.js';
import { updateObject } from '../objects/update-object.js';
import type { ResourceType } from '../registry/resource-type.js';
import { patchMediaTypes } from './write-handlers.js';

const builtinPaths = { specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.replicas' };

/**
 * The `scale` subresource (`kubectl scale`, HPAs): GET answers the parent as an autoscaling/v1 Scale, PUT and PATCH
 * change only the parent's replica count (optimistic concurrency on the parent's resourceVersion).
 */
export async function handleScale(ctx: ApiContext, type: ResourceType, ns: string | undefined, name: string,
  req: IncomingMessage, res: ServerResponse, query: URLSearchParams): Promise<void> {
  const parent = ctx.store.get(type.storageKey, ns, name);
  if (!parent) throw notFound(type, name);
  const paths = type.custom?.scale ?? builtinPaths;
  const method = req.method ?? 'GET';
  if (method === 'GET') {
    sendJson(res, 200, ctx.merge.toScale(parent, paths));
    return;
  }
  const opts = writeOptions(query, req.headers['user-agent'], ctx.merge);
  let next: KubeObject;
  if (method === 'PUT') {
    const scale = parseObjectBody(await readBody(req), req.headers['content-type']) as { metadata?: { resourceVersion?: string }; spec?: { replicas?: unknown } };
    const rv = scale.metadata?.resourceVersion;
    if (rv && rv !== parent.metadata.resourceVersion) throw conflict(type, name, staleObjectMessage);
    if (typeof scale.spec?.replicas !== 'number' || scale.spec.replicas < 0) throw badRequest('spec.replicas: must be a non-negative integer');
    next = setPath(cloneJson(parent), paths.specReplicasPath, scale.spec.replicas);
    const updated = updateObject(ctx, type, ns, name, next, { ...opts, subresource: 'scale' });
    await ctx.store.committed();
    sendJson(res, 200, ctx.merge.toScale(updated, paths), opts.warnings);
    return;
  }
  const contentType = mediaType(req.headers['content-type']);
  if (!patchMediaTypes.includes(contentType)) throw unsupportedMediaType(contentType, patchMediaTypes);
  const raw = await readBody(req);
  try {
    next = ctx.merge.applyPatch({
      current: parent, body: raw.toString('utf8'), contentType, schema: type.schema(), fieldManager: opts.fieldManager,
      force: query.get('force') === 'true', subresource: 'scale', scale: type.custom?.scale, custom: type.custom !== undefined,
      statusSubresource: type.subresources.includes('status'), now: rfc3339(ctx.now()),
    });
  } catch (err) {
    throw toApiError(err, { group: type.group, kind: type.kind, plural: type.plural, name });
  }
  const updated = updateObject(ctx, type, ns, name, next, { ...opts, subresource: 'scale', managedFieldsDone: true });
  await ctx.store.committed();
  sendJson(res, 200, ctx.merge.toScale(updated, paths), opts.warnings);
}

function setPath(obj: KubeObject, path: string, value: unknown): KubeObject {
  const segs = path.split('.').filter(Boolean);
  let cur: Record<string, unknown> = obj;
  for (const s of segs.slice(0, -1)) {
    if (!isPlainObject(cur[s])) cur[s] = {};
    cur = cur[s] as Record<string, unknown>;
  }
  cur[segs[segs.length - 1] ?? ''] = value;
  return obj;
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiContext } from '../api-context.js';
import { notFound } from '../api-errors.js';
import { parseObjectBody } from '../http/parse-body.js';
import { readBody } from '../http/read-body.js';
import { writeOptions } from '../http/request-options.js';
import { sendJson } from '../http/respond.js';
import { cloneJson, isPlainObject } from '../kube-object.js';
import { updateObject } from '../objects/update-object.js';
import type { ResourceType } from '../registry/resource-type.js';

/**
 * PUT `/api/v1/namespaces/<name>/finalize`: replaces only the namespace's `spec.finalizers` (how tools release a
 * namespace stuck in Terminating); a terminating namespace left without finalizers is removed.
 */
export async function handleFinalize(ctx: ApiContext, type: ResourceType, name: string, req: IncomingMessage,
  res: ServerResponse, query: URLSearchParams): Promise<void> {
  const body = parseObjectBody(await readBody(req), req.headers['content-type']);
  const opts = writeOptions(query, req.headers['user-agent'], ctx.merge);
  const current = ctx.store.get(type.storageKey, undefined, name);
  if (!current) throw notFound(type, name);
  const next = cloneJson(current);
  const finalizers = isPlainObject(body.spec) && Array.isArray(body.spec.finalizers) ? body.spec.finalizers : [];
  next.spec = { ...(isPlainObject(next.spec) ? next.spec : {}), finalizers };
  const rv = (body.metadata as { resourceVersion?: string } | undefined)?.resourceVersion;
  if (rv) next.metadata.resourceVersion = rv;
  const updated = updateObject(ctx, type, undefined, name, next, opts);
  await ctx.store.committed();
  sendJson(res, 200, updated, opts.warnings);
}

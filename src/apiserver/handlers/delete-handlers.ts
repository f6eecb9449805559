import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiContext } from '../api-context.js';
import { badRequest } from '../api-errors.js';
import { parseBody } from '../http/parse-body.js';
import { readBody } from '../http/read-body.js';
import { sendJson } from '../http/respond.js';
import { statusSuccess } from '../http/status-success.js';
import { isPlainObject } from '../kube-object.js';
import { deleteObject } from '../objects/delete-object.js';
import { listObjects } from '../objects/list-objects.js';
import { presentAs } from '../objects/present-as.js';
import type { DeleteOptions } from '../objects/write-options.js';
import { apiVersionOf, type ResourceType } from '../registry/resource-type.js';

/** DeleteOptions from the body (kubectl and client-go send one) merged with the query parameters. */
async function deleteOptions(req: IncomingMessage, query: URLSearchParams): Promise<DeleteOptions> {
  const raw = await readBody(req);
  let body: Record<string, unknown> = {};
  if (raw.length > 0 && raw.toString('utf8').trim() !== '') {
    const parsed = parseBody(raw, req.headers['content-type'] ?? 'application/json');
    if (!isPlainObject(parsed)) throw badRequest('DeleteOptions must be an object');
    body = parsed;
  }
  const policy = query.get('propagationPolicy') ?? (body.propagationPolicy as string | undefined)
    ?? (body.orphanDependents === true || query.get('orphanDependents') === 'true' ? 'Orphan' : undefined);
  if (policy !== undefined && policy !== 'Orphan' && policy !== 'Background' && policy !== 'Foreground') {
    throw badRequest(`propagationPolicy: Unsupported value: "${policy}": supported values: "Foreground", "Background", "Orphan"`);
  }
  const dry = [...query.getAll('dryRun'), ...((body.dryRun as string[] | undefined) ?? [])];
  for (const d of dry) if (d !== 'All') throw badRequest(`Invalid dry run value: "${d}": supported values: "All"`);
  if (body.preconditions !== undefined && body.preconditions !== null && !isPlainObject(body.preconditions)) {
    throw badRequest('preconditions: must be an object with uid and/or resourceVersion');
  }
  const pre = isPlainObject(body.preconditions) ? body.preconditions as { uid?: string; resourceVersion?: string } : undefined;
  return { dryRun: dry.length > 0, propagationPolicy: policy, preconditions: pre };
}

/** DELETE of one object: 200 with a Success status when removed, 202 with the object when finalizers remain. */
export async function handleDelete(ctx: ApiContext, type: ResourceType, ns: string | undefined, name: string,
  req: IncomingMessage, res: ServerResponse, query: URLSearchParams): Promise<void> {
  const opts = await deleteOptions(req, query);
  const result = deleteObject(ctx, type, ns, name, opts);
  await ctx.store.committed();
  if (result.removed) sendJson(res, 200, statusSuccess(type, result.object));
  else sendJson(res, 202, presentAs(type, result.object));
}

/** DELETE of a collection (with selectors): deletes each match and answers the list of what was deleted. */
export async function handleDeleteCollection(ctx: ApiContext, type: ResourceType, ns: string | undefined,
  req: IncomingMessage, res: ServerResponse, query: URLSearchParams): Promise<void> {
  const opts = await deleteOptions(req, query);
  const page = listObjects(ctx, type, ns, {
    labelSelector: query.get('labelSelector') ?? undefined, fieldSelector: query.get('fieldSelector') ?? undefined,
  });
  const items = page.items.map((o) => presentAs(type, deleteObject(ctx, type, o.metadata.namespace, o.metadata.name ?? '', opts).object));
  await ctx.store.committed();
  sendJson(res, 200, { kind: type.listKind, apiVersion: apiVersionOf(type), metadata: { resourceVersion: String(ctx.store.currentRv()) }, items });
}

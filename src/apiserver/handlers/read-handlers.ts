import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiContext } from '../api-context.js';
import { badRequest, notFound } from '../api-errors.js';
import { sendJson } from '../http/respond.js';
import type { KubeObject } from '../kube-object.js';
import { listObjects } from '../objects/list-objects.js';
import { presentAs } from '../objects/present-as.js';
import { apiVersionOf, type ResourceType } from '../registry/resource-type.js';
import { partialMetadata, toTable, type IncludeObject } from '../table/to-table.js';
import { watchObjects } from './watch-objects.js';

/** The representation the client asked for in `Accept`. */
export type ReadAs = 'object' | 'table' | 'metadata';

/** Reads `Accept` for `as=Table` and `as=PartialObjectMetadata(List)`; anything else is plain JSON. */
export function readAs(accept: string | undefined): ReadAs {
  const a = accept ?? '';
  if (/as=Table/.test(a)) return 'table';
  if (/as=PartialObjectMetadata/.test(a)) return 'metadata';
  return 'object';
}

function includeObject(query: URLSearchParams): IncludeObject {
  const v = query.get('includeObject') ?? 'Metadata';
  if (v !== 'None' && v !== 'Metadata' && v !== 'Object') throw badRequest(`includeObject: unsupported value "${v}"`);
  return v;
}

/** GET of one object (plain, Table or PartialObjectMetadata). */
export function getObject(ctx: ApiContext, type: ResourceType, ns: string | undefined, name: string, req: IncomingMessage,
  res: ServerResponse, query: URLSearchParams): void {
  const obj = ctx.store.get(type.storageKey, ns, name);
  if (!obj) throw notFound(type, name);
  const shown = presentAs(type, obj);
  const as = readAs(req.headers.accept);
  if (as === 'table') sendJson(res, 200, toTable(type, [shown], { resourceVersion: shown.metadata.resourceVersion }, includeObject(query), ctx.now()));
  else if (as === 'metadata') sendJson(res, 200, partialMetadata(shown));
  else sendJson(res, 200, shown);
}

/** GET of a collection: a list (plain, Table or metadata-only) or, with `?watch=true`, a watch stream. */
export function listOrWatch(ctx: ApiContext, type: ResourceType, ns: string | undefined, req: IncomingMessage,
  res: ServerResponse, query: URLSearchParams, bookmarkIntervalMs: number): void {
  const as = readAs(req.headers.accept);
  const labelSelector = query.get('labelSelector') ?? undefined;
  const fieldSelector = query.get('fieldSelector') ?? undefined;
  if (query.get('watch') === 'true' || query.get('watch') === '1') {
    const include = as === 'table' ? includeObject(query) : 'Object';
    let first = true;
    const render = as === 'table'
      ? (o: KubeObject) => {
        const t = toTable(type, [o], { resourceVersion: o.metadata.resourceVersion }, include, ctx.now(), first);
        first = false;
        return t;
      }
      : as === 'metadata' ? partialMetadata : undefined;
    const timeout = query.get('timeoutSeconds');
    watchObjects(ctx, type, ns, {
      resourceVersion: query.get('resourceVersion') ?? undefined, labelSelector, fieldSelector,
      allowBookmarks: query.get('allowWatchBookmarks') === 'true', sendInitialEvents: query.get('sendInitialEvents') === 'true',
      timeoutSeconds: timeout ? Number(timeout) : undefined, bookmarkIntervalMs, render,
    }, res);
    return;
  }
  const limitParam = query.get('limit');
  const limit = limitParam ? Number(limitParam) : undefined;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) throw badRequest(`limit: invalid value "${limitParam}"`);
  const page = listObjects(ctx, type, ns, { labelSelector, fieldSelector, limit, continueToken: query.get('continue') ?? undefined });
  const meta: Record<string, unknown> = { resourceVersion: page.resourceVersion };
  if (page.continueToken) meta.continue = page.continueToken;
  if (page.remainingItemCount !== undefined) meta.remainingItemCount = page.remainingItemCount;
  if (as === 'table') {
    sendJson(res, 200, toTable(type, page.items, meta, includeObject(query), ctx.now()));
  } else if (as === 'metadata') {
    sendJson(res, 200, { kind: 'PartialObjectMetadataList', apiVersion: 'meta.k8s.io/v1', metadata: meta, items: page.items.map(partialMetadata) });
  } else {
    sendJson(res, 200, { kind: type.listKind, apiVersion: apiVersionOf(type), metadata: meta, items: page.items });
  }
}

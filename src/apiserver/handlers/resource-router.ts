import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiContext } from '../api-context.js';
import { ApiError } from '../api-error.js';
import { methodNotSupported } from '../api-errors.js';
import type { ResourceRequest } from '../http/request-info.js';
import type { ResourceType } from '../registry/resource-type.js';
import { handleDelete, handleDeleteCollection } from './delete-handlers.js';
import { getObject, listOrWatch } from './read-handlers.js';
import { handleFinalize } from './finalize-handler.js';
import { handleScale } from './scale-handlers.js';
import { handleCreate, handlePatch, handleUpdate, requireVerb } from './write-handlers.js';

/** Server-wide settings the resource routes need. */
export interface RouteSettings {
  bookmarkIntervalMs: number;
}

function notServed(): ApiError {
  return new ApiError(404, 'NotFound', 'the server could not find the requested resource');
}

/**
 * Dispatches a resource URL to its verb: GET (get, list, watch), POST (create), PUT (update), PATCH, DELETE
 * (one or a collection), for the main resource and its `status` subresource.
 */
export async function routeResource(ctx: ApiContext, r: ResourceRequest, req: IncomingMessage, res: ServerResponse,
  query: URLSearchParams, settings: RouteSettings): Promise<void> {
  const type = ctx.registry.find(r.group, r.version, r.plural);
  if (!type) throw notServed();
  const ns = type.namespaced ? r.namespace : undefined;
  if (!type.namespaced && r.namespace !== undefined) throw notServed();
  if (type.namespaced && r.name !== undefined && r.namespace === undefined) throw notServed();
  const sub = subresourceOf(type, r.subresource);
  const method = req.method ?? 'GET';
  if (sub === 'finalize') {
    if (r.name === undefined || method !== 'PUT') throw methodNotSupported(type, method.toLowerCase());
    return handleFinalize(ctx, type, r.name, req, res, query);
  }
  if (sub === 'scale') {
    if (r.name === undefined || !['GET', 'PUT', 'PATCH'].includes(method)) throw methodNotSupported(type, method.toLowerCase());
    return handleScale(ctx, type, ns, r.name, req, res, query);
  }
  if (r.name === undefined) {
    if (method === 'GET') {
      requireVerb(type, 'list');
      return listOrWatch(ctx, type, ns, req, res, query, settings.bookmarkIntervalMs);
    }
    if (method === 'POST') {
      requireVerb(type, 'create');
      return handleCreate(ctx, type, ns, req, res, query);
    }
    if (method === 'DELETE') {
      requireVerb(type, 'deletecollection');
      return handleDeleteCollection(ctx, type, ns, req, res, query);
    }
    throw methodNotSupported(type, method.toLowerCase());
  }
  switch (method) {
    case 'GET':
      requireVerb(type, 'get');
      return getObject(ctx, type, ns, r.name, req, res, query);
    case 'PUT':
      requireVerb(type, 'update');
      return handleUpdate(ctx, type, ns, r.name, sub, req, res, query);
    case 'PATCH':
      requireVerb(type, 'patch');
      return handlePatch(ctx, type, ns, r.name, sub, req, res, query);
    case 'DELETE':
      if (sub) throw methodNotSupported(type, 'delete');
      requireVerb(type, 'delete');
      return handleDelete(ctx, type, ns, r.name, req, res, query);
    default:
      throw methodNotSupported(type, method.toLowerCase());
  }
}

function subresourceOf(type: ResourceType, sub: string | undefined): 'status' | 'scale' | 'finalize' | undefined {
  if (sub === undefined) return undefined;
  if (sub === 'finalize' && type.group === '' && type.plural === 'namespaces') return 'finalize';
  if ((sub === 'status' || sub === 'scale') && type.subresources.includes(sub)) return sub;
  throw notServed();
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { kubernetesVersion } from '../api/kubernetes/index.js';
import type { ApiContext } from './api-context.js';
import { ApiError } from './api-error.js';
import { aggregatedDiscovery, wantsAggregated } from './discovery/aggregated-discovery.js';
import { apiGroup, apiGroupList, apiResourceList, apiVersions } from './discovery/discovery-documents.js';
import { openApiV3Document, openApiV3Root } from './discovery/openapi-v3.js';
import { routeResource, type RouteSettings } from './handlers/resource-router.js';
import { checkAuth } from './http/check-auth.js';
import { parseResourcePath } from './http/request-info.js';
import { sendError, sendJson } from './http/respond.js';

/** Settings of the HTTP front: the bearer token, the address discovery advertises, watch bookmark period. */
export interface HandlerSettings extends RouteSettings {
  token: string;
  serverAddress: string;
}

/**
 * The server's single request handler: bearer-token check, then version, discovery, OpenAPI, health and the
 * resource routes. Every failure becomes a Kubernetes `Status`; nothing thrown escapes.
 */
export function createApiHandler(ctx: ApiContext, settings: HandlerSettings): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(ctx, settings, req, res).catch((err: unknown) => {
      if (!(err instanceof ApiError)) ctx.log.error({ err: (err as Error)?.message, url: req.url?.split('?')[0] }, 'request failed');
      sendError(res, err);
    });
  };
}

async function handle(ctx: ApiContext, s: HandlerSettings, req: IncomingMessage, res: ServerResponse): Promise<void> {
  checkAuth(req, s.token);
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const method = req.method ?? 'GET';
  if (method === 'GET') {
    const doc = discovery(ctx, s, path, req.headers.accept);
    if (doc) {
      sendJson(res, 200, doc.body, [], doc.contentType);
      return;
    }
  }
  const r = parseResourcePath(path);
  if (!r) throw new ApiError(404, 'NotFound', 'the server could not find the requested resource');
  // Reads see only committed state: wait for the writes of this turn to be committed (and published).
  await ctx.store.committed();
  await routeResource(ctx, r, req, res, url.searchParams, s);
}

function discovery(ctx: ApiContext, s: HandlerSettings, path: string, accept: string | undefined): { body: unknown; contentType?: string } | undefined {
  if (path === '/version') return { body: versionInfo() };
  if (path === '/healthz' || path === '/readyz' || path === '/livez') return { body: 'ok' };
  if ((path === '/api' || path === '/apis') && wantsAggregated(accept)) {
    return { body: aggregatedDiscovery(ctx.registry, path === '/api'), contentType: 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList' };
  }
  if (path === '/api') return { body: apiVersions(s.serverAddress) };
  if (path === '/apis') return { body: apiGroupList(ctx.registry) };
  if (path === '/openapi/v3') return { body: openApiV3Root(ctx.registry) };
  if (path.startsWith('/openapi/v3/')) {
    const doc = openApiV3Document(ctx.registry, path.slice('/openapi/v3/'.length));
    return doc ? { body: doc } : undefined;
  }
  let m = /^\/api\/([^/]+)$/.exec(path);
  if (m) return wrap(apiResourceList(ctx.registry, '', m[1] ?? ''));
  m = /^\/apis\/([^/]+)$/.exec(path);
  if (m) return wrap(apiGroup(ctx.registry, m[1] ?? ''));
  m = /^\/apis\/([^/]+)\/([^/]+)$/.exec(path);
  if (m) return wrap(apiResourceList(ctx.registry, m[1] ?? '', m[2] ?? ''));
  return undefined;
}

function wrap(body: unknown): { body: unknown } | undefined {
  return body === undefined ? undefined : { body };
}

function versionInfo(): Record<string, string> {
  const v = kubernetesVersion();
  const [major = '1', minor = '0'] = v.replace(/^v/, '').split('.');
  return {
    major, minor, gitVersion: v, gitCommit: 'fluxion', gitTreeState: 'clean', buildDate: '2025-01-01T00:00:00Z',
    goVersion: 'go1.24', compiler: 'gc', platform: `${process.platform}/${process.arch === 'x64' ? 'amd64' : process.arch}`,
  };
}

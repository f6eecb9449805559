import type { ApiContext } from '../api-context.js';
import { badRequest } from '../api-errors.js';
import type { KubeObject } from '../kube-object.js';
import type { ResourceType } from '../registry/resource-type.js';
import { parseFieldSelector } from '../selectors/field-selector.js';
import { parseLabelSelector } from '../selectors/label-selector.js';
import { presentAs } from './present-as.js';

/** What a list asks for. */
export interface ListQuery {
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  continueToken?: string;
}

/** One page of a list. */
export interface ListPage {
  items: KubeObject[];
  resourceVersion: string;
  continueToken?: string;
  remainingItemCount?: number;
}

/**
 * Lists a resource (in one namespace, or all when undefined) filtered by label and field selectors, ordered by
 * namespace then name, paged by `limit` with an opaque continue token.
 */
export function listObjects(ctx: ApiContext, type: ResourceType, namespace: string | undefined, q: ListQuery): ListPage {
  const labels = q.labelSelector ? parseLabelSelector(q.labelSelector) : undefined;
  const fields = q.fieldSelector ? parseFieldSelector(q.fieldSelector, type.kind) : undefined;
  const start = q.continueToken ? decodeContinue(q.continueToken) : undefined;
  let items = ctx.store.list(type.storageKey, namespace);
  if (labels) items = items.filter((o) => labels(o.metadata.labels));
  if (fields) items = items.filter(fields);
  const keyed = items.map((o) => ({ key: `${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}`, o }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let from = 0;
  if (start !== undefined) {
    from = keyed.findIndex((k) => k.key > start);
    if (from < 0) from = keyed.length;
  }
  const rv = String(ctx.store.currentRv());
  const limit = q.limit && q.limit > 0 ? q.limit : undefined;
  const page = keyed.slice(from, limit ? from + limit : undefined);
  const out: ListPage = { items: page.map((k) => presentAs(type, k.o)), resourceVersion: rv };
  const rest = keyed.length - from - page.length;
  if (limit && rest > 0) {
    out.continueToken = Buffer.from(JSON.stringify({ rv: Number(rv), start: page[page.length - 1]?.key ?? '' })).toString('base64url');
    out.remainingItemCount = rest;
  }
  return out;
}

function decodeContinue(token: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { start?: unknown };
    if (typeof parsed.start === 'string') return parsed.start;
  } catch {
    // fall through to the error below
  }
  throw badRequest('continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)');
}

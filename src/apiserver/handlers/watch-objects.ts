import type { ServerResponse } from 'node:http';
import type { ApiContext } from '../api-context.js';
import { badRequest } from '../api-errors.js';
import type { KubeObject } from '../kube-object.js';
import { presentAs } from '../objects/present-as.js';
import { apiVersionOf, type ResourceType } from '../registry/resource-type.js';
import { parseFieldSelector } from '../selectors/field-selector.js';
import { parseLabelSelector } from '../selectors/label-selector.js';
import type { WatchEvent } from '../storage/watch-event.js';

/** What a watch asks for (query parameters of `?watch=true`). */
export interface WatchQuery {
  resourceVersion?: string;
  labelSelector?: string;
  fieldSelector?: string;
  allowBookmarks: boolean;
  sendInitialEvents: boolean;
  timeoutSeconds?: number;
  bookmarkIntervalMs: number;
  /** Turns an event's object into what the client asked for (a Table for `kubectl get -w`). */
  render?: (obj: KubeObject) => unknown;
}

/**
 * Streams watch events as newline-delimited JSON: the current objects as ADDED when no resourceVersion is given
 * (or with sendInitialEvents, then a BOOKMARK marking their end), else the retained events after it; an ERROR event
 * carrying a 410 Status when that version is too old. Objects moving in or out of a selector appear as ADDED or
 * DELETED. Bookmarks are sent periodically when allowed; the stream ends after timeoutSeconds or on disconnect.
 */
export function watchObjects(ctx: ApiContext, type: ResourceType, namespace: string | undefined, q: WatchQuery,
  res: ServerResponse): void {
  const labels = q.labelSelector ? parseLabelSelector(q.labelSelector) : undefined;
  const fields = q.fieldSelector ? parseFieldSelector(q.fieldSelector, type.kind) : undefined;
  const matches = (o: KubeObject): boolean => (namespace === undefined || o.metadata.namespace === namespace)
    && (!labels || labels(o.metadata.labels)) && (!fields || fields(o));
  const filtered = labels !== undefined || fields !== undefined;
  const rvParam = q.resourceVersion ?? '';
  if (rvParam !== '' && !/^\d+$/.test(rvParam)) throw badRequest(`invalid resource version: ${rvParam}`);
  const render = q.render ?? ((o: KubeObject) => o);
  const apiVersion = apiVersionOf(type);
  // Plain watchers of the stored version get the stored JSON as is: no re-serialization per watcher.
  const payload = (e: WatchEvent): string => (!q.render && e.object.apiVersion === apiVersion ? e.json : JSON.stringify(render(presentAs(type, e.object))));
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private', 'Transfer-Encoding': 'chunked' });
  res.flushHeaders();
  const sendJson = (kind: string, json: string): void => {
    if (res.writableLength > 32 * 1024 * 1024) {
      res.destroy();
      return;
    }
    res.write(`{"type":"${kind}","object":${json}}\n`);
  };
  const send = (kind: string, obj: unknown): void => sendJson(kind, JSON.stringify(obj));
  const keyOf = (o: KubeObject): string => `${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}`;
  const inView = new Set<string>();
  const current = ctx.store.list(type.storageKey, namespace).filter(matches);
  for (const o of current) inView.add(keyOf(o));
  const bookmark = (extra?: Record<string, string>): void => send('BOOKMARK', {
    kind: type.kind, apiVersion,
    metadata: { resourceVersion: String(ctx.store.currentRv()), ...(extra ? { annotations: extra } : {}) },
  });
  const deliver = (e: WatchEvent): void => {
    const ok = matches(e.object);
    if (!filtered) {
      if (ok) sendJson(e.type, payload(e));
      return;
    }
    const key = keyOf(e.object);
    let kind: string = e.type;
    if (e.type === 'DELETED') {
      if (!inView.delete(key)) return;
    } else if (ok) {
      if (!inView.has(key)) kind = 'ADDED';
      inView.add(key);
    } else {
      if (!inView.delete(key)) return;
      kind = 'DELETED';
    }
    sendJson(kind, payload(e));
  };
  const unsubscribe = ctx.hub.subscribe(type.storageKey, deliver);
  const timers: NodeJS.Timeout[] = [];
  const stop = (): void => {
    unsubscribe();
    for (const t of timers) clearTimeout(t);
  };
  res.on('close', stop);
  if (rvParam === '' || rvParam === '0' || q.sendInitialEvents) {
    for (const o of current) send('ADDED', render(presentAs(type, o)));
    if (q.sendInitialEvents && q.allowBookmarks) bookmark({ 'k8s.io/initial-events-end': 'true' });
  } else {
    const rv = Number(rvParam);
    const replay = ctx.hub.since(type.storageKey, rv);
    if (!replay) {
      send('ERROR', { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure',
        message: `too old resource version: ${rv} (${ctx.hub.oldestResumableRv})`, reason: 'Expired', code: 410 });
      stop();
      res.end();
      return;
    }
    inView.clear();
    for (const o of ctx.store.list(type.storageKey, namespace).filter(matches)) {
      if (Number(o.metadata.resourceVersion) <= rv) inView.add(keyOf(o));
    }
    for (const e of replay) deliver(e);
  }
  if (q.allowBookmarks) {
    const tick = (): void => {
      bookmark();
      timers[0] = setTimeout(tick, q.bookmarkIntervalMs);
    };
    timers[0] = setTimeout(tick, q.bookmarkIntervalMs);
  }
  if (q.timeoutSeconds && q.timeoutSeconds > 0) {
    timers[1] = setTimeout(() => {
      stop();
      res.end();
    }, q.timeoutSeconds * 1000);
  }
}

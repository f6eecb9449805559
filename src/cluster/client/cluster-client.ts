import type { ClusterConnection } from './connection/cluster-connection.js';
import { loadKubeconfig, type KubeconfigOptions } from './connection/load-kubeconfig.js';
import { Discovery, resourcePath, type ResourceInfo } from './discovery.js';
import { HttpTransport, type ApiRequest } from './http-transport.js';
import { refOf, type KubeObject, type ObjectList, type ObjectRef, type WatchEvent } from './kube-object.js';
import { readWatchStream } from './watch-stream.js';

/** Common to every write: `dryRun` sends `dryRun=All`; `fieldManager` names the writer in managedFields. */
export interface WriteOptions {
  dryRun?: boolean;
  fieldManager?: string;
  signal?: AbortSignal;
}

/** Server-side apply: the field manager is required; `force` takes fields owned by other managers. */
export interface ApplyOptions extends WriteOptions {
  fieldManager: string;
  force?: boolean;
}

/** Patch flavours: JSON merge patch (default), RFC 6902 JSON patch, or strategic merge (built-in kinds only). */
export interface PatchOptions extends WriteOptions {
  type?: 'merge' | 'json' | 'strategic';
}

/** Deletion: propagation policy (`Background` by default on the server), grace period, preconditions. */
export interface DeleteOptions extends WriteOptions {
  propagationPolicy?: 'Foreground' | 'Background' | 'Orphan';
  gracePeriodSeconds?: number;
  preconditions?: { uid?: string; resourceVersion?: string };
}

/** Which objects of one kind to list or watch. Without `namespace`, all namespaces. */
export interface ListOptions {
  apiVersion: string;
  kind: string;
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  continue?: string;
  resourceVersion?: string;
  signal?: AbortSignal;
}

/** A watch from a resourceVersion; bookmarks are asked for unless `allowBookmarks` is false. */
export interface WatchOptions extends Omit<ListOptions, 'limit' | 'continue'> {
  allowBookmarks?: boolean;
  timeoutSeconds?: number;
}

const patchTypes = {
  merge: 'application/merge-patch+json',
  json: 'application/json-patch+json',
  strategic: 'application/strategic-merge-patch+json',
} as const;

/**
 * The one way Fluxion talks to a cluster: plain JSON objects in and out, any apiVersion/kind resolved through
 * discovery, failures as typed errors (NotFoundError, ConflictError, InvalidError, GoneError, …).
 */
export class ClusterClient {
  private readonly transport: HttpTransport;
  private readonly discovery: Discovery;

  constructor(private readonly connection: ClusterConnection) {
    this.transport = new HttpTransport(connection);
    this.discovery = new Discovery(this.transport);
  }

  /** A client for a kubeconfig file and context (static credentials read directly, exec/OIDC via client-node). */
  static async fromKubeconfig(options: KubeconfigOptions): Promise<ClusterClient> {
    return new ClusterClient(await loadKubeconfig(options));
  }

  /** The API server's URL (for messages: it carries no credentials). */
  get server(): string {
    return this.connection.server;
  }

  /** Where a kind lives (plural, scope); throws NoKindMatchError for kinds the server does not serve. */
  resource(apiVersion: string, kind: string): Promise<ResourceInfo> {
    return this.discovery.resolve(apiVersion, kind);
  }

  /** Forgets cached discovery (call after installing or changing CRDs if a kind's scope changed). */
  invalidateDiscovery(apiVersion?: string): void {
    this.discovery.invalidate(apiVersion);
  }

  /** Reads one object; throws NotFoundError when it does not exist. */
  async get<T extends KubeObject = KubeObject>(ref: ObjectRef, options: { signal?: AbortSignal } = {}): Promise<T> {
    const path = await this.objectPath(ref);
    return this.send<T>({ method: 'GET', path, signal: options.signal }, ref);
  }

  /** Lists one kind (one page when `limit` is set); items get `apiVersion` and `kind` filled in. */
  async list<T extends KubeObject = KubeObject>(options: ListOptions): Promise<ObjectList<T>> {
    const info = await this.discovery.resolve(options.apiVersion, options.kind);
    const reply = (await this.transport.json({
      method: 'GET',
      path: resourcePath(info, options.namespace),
      query: {
        labelSelector: options.labelSelector,
        fieldSelector: options.fieldSelector,
        limit: options.limit,
        continue: options.continue,
        resourceVersion: options.resourceVersion,
      },
      signal: options.signal,
    })) as { items?: T[]; metadata?: { resourceVersion?: string; continue?: string } };
    const items = (reply.items ?? []).map((item) => ({ ...item, apiVersion: options.apiVersion, kind: options.kind }));
    const list: ObjectList<T> = { items, resourceVersion: reply.metadata?.resourceVersion ?? '' };
    if (reply.metadata?.continue) list.continue = reply.metadata.continue;
    return list;
  }

  /** Watches one kind from a resourceVersion until the server ends the stream or `signal` aborts it. */
  async *watch<T extends KubeObject = KubeObject>(options: WatchOptions): AsyncGenerator<WatchEvent<T>> {
    const info = await this.discovery.resolve(options.apiVersion, options.kind);
    const path = resourcePath(info, options.namespace);
    const res = await this.transport.stream({
      method: 'GET',
      path,
      query: {
        watch: 'true',
        resourceVersion: options.resourceVersion,
        allowWatchBookmarks: options.allowBookmarks === false ? undefined : 'true',
        labelSelector: options.labelSelector,
        fieldSelector: options.fieldSelector,
        timeoutSeconds: options.timeoutSeconds,
      },
      signal: options.signal,
    });
    for await (const event of readWatchStream(res, `WATCH ${path}`, options.signal)) {
      yield event as WatchEvent<T>;
    }
  }

  /** Creates an object; throws AlreadyExistsError if the name is taken, InvalidError if it fails validation. */
  async create<T extends KubeObject>(obj: T, options: WriteOptions = {}): Promise<T & KubeObject> {
    const info = await this.discovery.resolve(obj.apiVersion, obj.kind);
    const path = resourcePath(info, obj.metadata.namespace);
    return this.send<T>({ method: 'POST', path, body: obj, query: writeQuery(options), signal: options.signal }, obj);
  }

  /** Replaces an object (PUT); a stale `metadata.resourceVersion` throws ConflictError. */
  async update<T extends KubeObject>(obj: T, options: WriteOptions = {}): Promise<T & KubeObject> {
    const path = await this.objectPath(refOf(obj));
    return this.send<T>({ method: 'PUT', path, body: obj, query: writeQuery(options), signal: options.signal }, obj);
  }

  /** Replaces an object's status through the status subresource. */
  async updateStatus<T extends KubeObject>(obj: T, options: WriteOptions = {}): Promise<T & KubeObject> {
    const path = await this.objectPath(refOf(obj), 'status');
    return this.send<T>({ method: 'PUT', path, body: obj, query: writeQuery(options), signal: options.signal }, obj);
  }

  /** Patches an object (JSON merge patch unless `type` says otherwise). */
  async patch<T extends KubeObject = KubeObject>(ref: ObjectRef, patch: unknown, options: PatchOptions = {}): Promise<T> {
    return this.sendPatch<T>(ref, patch, options);
  }

  /** Patches an object's status subresource (JSON merge patch unless `type` says otherwise). */
  async patchStatus<T extends KubeObject = KubeObject>(ref: ObjectRef, patch: unknown, options: PatchOptions = {}): Promise<T> {
    return this.sendPatch<T>(ref, patch, options, 'status');
  }

  /**
   * Server-side apply of a whole object under `fieldManager`; returns what the server stored (or would store,
   * with `dryRun`). A field owned by another manager throws ConflictError unless `force` is set.
   */
  async apply<T extends KubeObject>(obj: T, options: ApplyOptions): Promise<T & KubeObject> {
    const path = await this.objectPath(refOf(obj));
    const query = { ...writeQuery(options), force: options.force ? 'true' : undefined };
    const req: ApiRequest = { method: 'PATCH', path, body: obj, query, contentType: 'application/apply-patch+yaml', signal: options.signal };
    return this.send<T>(req, obj);
  }

  /** Deletes an object; throws NotFoundError when it is already gone. Returns the server's reply. */
  async delete(ref: ObjectRef, options: DeleteOptions = {}): Promise<KubeObject> {
    const path = await this.objectPath(ref);
    const body: Record<string, unknown> = { apiVersion: 'v1', kind: 'DeleteOptions' };
    if (options.propagationPolicy) body.propagationPolicy = options.propagationPolicy;
    if (options.gracePeriodSeconds !== undefined) body.gracePeriodSeconds = options.gracePeriodSeconds;
    if (options.preconditions) body.preconditions = options.preconditions;
    return (await this.transport.json({ method: 'DELETE', path, body, query: writeQuery(options), signal: options.signal })) as KubeObject;
  }

  /** Closes pooled connections. */
  close(): void {
    this.connection.close();
  }

  private async sendPatch<T extends KubeObject>(ref: ObjectRef, patch: unknown, options: PatchOptions, sub?: string): Promise<T> {
    const path = await this.objectPath(ref, sub);
    const contentType = patchTypes[options.type ?? 'merge'];
    return this.send<T>({ method: 'PATCH', path, body: patch, contentType, query: writeQuery(options), signal: options.signal }, ref);
  }

  private async send<T extends KubeObject>(req: ApiRequest, like: { apiVersion: string; kind: string }): Promise<T> {
    const reply = (await this.transport.json(req)) as T;
    // Some servers omit apiVersion/kind on single-object replies; callers rely on them.
    return { ...reply, apiVersion: reply.apiVersion || like.apiVersion, kind: reply.kind || like.kind };
  }

  private async objectPath(ref: ObjectRef, subresource?: string): Promise<string> {
    const info = await this.discovery.resolve(ref.apiVersion, ref.kind);
    if (info.namespaced && !ref.namespace) throw new Error(`${ref.kind} "${ref.name}": metadata.namespace is required (the kind is namespaced)`);
    if (!ref.name) throw new Error(`${ref.kind}: metadata.name is required`);
    return resourcePath(info, ref.namespace, ref.name, subresource);
  }
}

function writeQuery(options: WriteOptions): Record<string, string | undefined> {
  return { dryRun: options.dryRun ? 'All' : undefined, fieldManager: options.fieldManager };
}

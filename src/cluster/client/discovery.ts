import { NoKindMatchError } from './errors/no-kind-match-error.js';
import { isNotFoundError } from './errors/not-found-error.js';
import type { HttpTransport } from './http-transport.js';

/** Where a kind lives on the server: its plural resource name and whether it is namespaced. */
export interface ResourceInfo {
  apiVersion: string;
  kind: string;
  plural: string;
  namespaced: boolean;
  /** Subresources the server lists for it (`status`, `scale`, …). */
  subresources: string[];
}

interface ApiResource {
  name: string;
  kind: string;
  namespaced: boolean;
}

/**
 * Resolves `apiVersion` + `kind` to a resource through the server's discovery documents, one group-version at a
 * time, cached. A miss re-reads that group-version once, so CRDs installed after start are found.
 */
export class Discovery {
  private readonly cache = new Map<string, Map<string, ResourceInfo>>();
  private readonly inflight = new Map<string, Promise<Map<string, ResourceInfo>>>();

  constructor(private readonly transport: HttpTransport) {}

  /** The resource for a kind; throws NoKindMatchError when the server does not serve it. */
  async resolve(apiVersion: string, kind: string): Promise<ResourceInfo> {
    const cached = this.cache.get(apiVersion)?.get(kind);
    if (cached) return cached;
    const fresh = (await this.refresh(apiVersion)).get(kind);
    if (!fresh) throw new NoKindMatchError(apiVersion, kind);
    return fresh;
  }

  /** Forgets what was learnt about one group-version (or all), e.g. after a CRD changed. */
  invalidate(apiVersion?: string): void {
    if (apiVersion) this.cache.delete(apiVersion);
    else this.cache.clear();
  }

  private refresh(apiVersion: string): Promise<Map<string, ResourceInfo>> {
    let pending = this.inflight.get(apiVersion);
    if (!pending) {
      pending = this.fetch(apiVersion).finally(() => this.inflight.delete(apiVersion));
      this.inflight.set(apiVersion, pending);
    }
    return pending;
  }

  private async fetch(apiVersion: string): Promise<Map<string, ResourceInfo>> {
    const path = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
    let list: { resources?: ApiResource[] };
    try {
      list = (await this.transport.json({ method: 'GET', path })) as typeof list;
    } catch (err) {
      if (isNotFoundError(err)) return new Map();
      throw err;
    }
    const byKind = new Map<string, ResourceInfo>();
    const resources = list.resources ?? [];
    for (const r of resources) {
      if (r.name.includes('/')) continue;
      const subresources = resources
        .filter((s) => s.name.startsWith(`${r.name}/`))
        .map((s) => s.name.slice(r.name.length + 1));
      byKind.set(r.kind, { apiVersion, kind: r.kind, plural: r.name, namespaced: r.namespaced, subresources });
    }
    this.cache.set(apiVersion, byKind);
    return byKind;
  }
}

/** The URL path of a kind's collection (optionally in a namespace) or of one object and its subresource. */
export function resourcePath(info: ResourceInfo, namespace?: string, name?: string, subresource?: string): string {
  const base = info.apiVersion.includes('/') ? `/apis/${info.apiVersion}` : `/api/${info.apiVersion}`;
  const ns = info.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
  let path = `${base}${ns}/${info.plural}`;
  if (name !== undefined) path += `/${encodeURIComponent(name)}`;
  if (subresource) path += `/${subresource}`;
  return path;
}

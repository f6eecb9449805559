import { builtinResources, Schema } from '../../api/kubernetes/index.js';
import { apiVersionOf, type ResourceType } from './resource-type.js';
import { compareVersions } from './version-priority.js';

/** A group as discovery lists it: versions in priority order, the first preferred. */
export interface ServedGroup { name: string; versions: string[] }

/**
 * Every resource the server serves: Kubernetes' built-ins plus the versions of each established CRD.
 * Lookups are by group/version/plural (routing), by apiVersion+kind (owner references) and by storage key.
 */
export class ResourceRegistry {
  private readonly byPath = new Map<string, ResourceType>();
  private readonly crdTypes = new Map<string, ResourceType[]>();

  constructor() {
    const groups = new Map<string, string[]>();
    for (const b of builtinResources()) {
      const list = groups.get(b.group) ?? [];
      if (!list.includes(b.version)) list.push(b.version);
      groups.set(b.group, list);
    }
    for (const b of builtinResources()) {
      const versions = (groups.get(b.group) ?? []).slice().sort(compareVersions);
      const apiVersion = b.group ? `${b.group}/${b.version}` : b.version;
      let cached: Schema | undefined | null = null;
      const type: ResourceType = {
        group: b.group, version: b.version, kind: b.kind, listKind: `${b.kind}List`, plural: b.plural,
        singular: b.kind.toLowerCase(), namespaced: b.namespaced, verbs: b.verbs, subresources: b.subresources,
        shortNames: b.shortNames, categories: b.categories, storageKey: `${b.group}/${b.plural}`,
        preferred: versions[0] === b.version,
        schema: () => {
          if (cached === null) cached = Schema.forBuiltin(apiVersion, b.kind);
          return cached;
        },
      };
      this.byPath.set(`${b.group}/${b.version}/${b.plural}`, type);
    }
  }

  /** The resource served at a group/version/plural, or undefined. */
  find(group: string, version: string, plural: string): ResourceType | undefined {
    return this.byPath.get(`${group}/${version}/${plural}`);
  }

  /** The resource of a kind in an apiVersion (`apps/v1`, `Deployment`), or undefined. */
  findByKind(apiVersion: string, kind: string): ResourceType | undefined {
    for (const r of this.byPath.values()) if (r.kind === kind && apiVersionOf(r) === apiVersion) return r;
    return undefined;
  }

  /** The preferred resource of a group and kind in any version (for owner references naming an old version). */
  findByGroupKind(group: string, kind: string): ResourceType | undefined {
    let best: ResourceType | undefined;
    for (const r of this.byPath.values()) {
      if (r.group !== group || r.kind !== kind) continue;
      if (!best || r.preferred) best = r;
    }
    return best;
  }

  /** Every served resource. */
  all(): ResourceType[] {
    return [...this.byPath.values()];
  }

  /** The resources of one group/version. */
  inGroupVersion(group: string, version: string): ResourceType[] {
    return this.all().filter((r) => r.group === group && r.version === version);
  }

  /** Served groups with versions in priority order (core "" included). */
  groups(): ServedGroup[] {
    const map = new Map<string, Set<string>>();
    for (const r of this.byPath.values()) {
      const set = map.get(r.group) ?? new Set<string>();
      set.add(r.version);
      map.set(r.group, set);
    }
    return [...map].map(([name, versions]) => ({ name, versions: [...versions].sort(compareVersions) }));
  }

  /** One resource per storage key: the preferred version (used by GC and namespace cleanup). */
  storageResources(): ResourceType[] {
    const map = new Map<string, ResourceType>();
    for (const r of this.byPath.values()) {
      const prev = map.get(r.storageKey);
      if (!prev || (r.preferred && !prev.preferred)) map.set(r.storageKey, r);
    }
    return [...map.values()];
  }

  /** Serves (or re-serves) the versions of a CRD, replacing what it served before. */
  setCustom(crdName: string, types: ResourceType[]): void {
    this.removeCustom(crdName);
    for (const t of types) this.byPath.set(`${t.group}/${t.version}/${t.plural}`, t);
    this.crdTypes.set(crdName, types);
  }

  /** Stops serving a CRD's resources. */
  removeCustom(crdName: string): void {
    for (const t of this.crdTypes.get(crdName) ?? []) this.byPath.delete(`${t.group}/${t.version}/${t.plural}`);
    this.crdTypes.delete(crdName);
  }

  /** The types a CRD currently serves. */
  customTypes(crdName: string): ResourceType[] {
    return this.crdTypes.get(crdName) ?? [];
  }
}

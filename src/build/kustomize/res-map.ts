import { KustomizeError } from './kustomize-error.js';
import { idKey, resIdString, sameId, type ResId } from './res-id.js';
import type { Resource } from './resource.js';

/** An ordered list of resources with unique current ids (kustomize's ResMap). */
export class ResMap {
  readonly list: Resource[] = [];

  /** Appends a resource; throws when one with the same current id is already there, as kustomize words it. */
  add(r: Resource, context: string): void {
    if (this.list.some((x) => sameId(x.id, r.id))) {
      throw new KustomizeError(`${context}: may not add resource with an already registered id: ${resIdString(r.id)}`, r.source);
    }
    this.list.push(r);
  }

  /** Appends resources in order, checking each against the map and the ones added before it. */
  addAll(resources: readonly Resource[], context: string): void {
    const seen = new Set(this.list.map((x) => idKey(x.id)));
    for (const r of resources) {
      const key = idKey(r.id);
      if (seen.has(key)) throw new KustomizeError(`${context}: may not add resource with an already registered id: ${resIdString(r.id)}`, r.source);
      seen.add(key);
      this.list.push(r);
    }
  }

  /** Resources whose current id equals `id`. */
  byCurrentId(id: ResId): Resource[] {
    return this.list.filter((r) => sameId(r.id, id));
  }

  /** Resources that have (or had) the given id. */
  byAnyId(id: ResId): Resource[] {
    return this.list.filter((r) => r.allIds.some((x) => sameId(x, id)));
  }

  remove(r: Resource): void {
    const i = this.list.indexOf(r);
    if (i >= 0) this.list.splice(i, 1);
  }

  replace(old: Resource, next: Resource): void {
    const i = this.list.indexOf(old);
    if (i >= 0) this.list[i] = next;
  }
}

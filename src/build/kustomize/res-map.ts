import { KustomizeError } from './kustomize-error.js';
import { resIdString, sameId, type ResId } from './res-id.js';
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

  /** Appends every resource of another map, checking for conflicts. */
  addAll(other: ResMap, context: string): void {
    for (const r of other.list) this.add(r, context);
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

import { isJsonObject, type JsonObject, type JsonValue } from '../../lib/strategic-merge/index.js';
import { splitApiVersion, type ResId } from './res-id.js';

/** How a generated ConfigMap/Secret combines with one of the same name from a base. */
export type GeneratorBehavior = 'create' | 'merge' | 'replace';

/**
 * One object in a build plus what kustomize tracks about it: earlier ids (so references can follow renames), the
 * prefixes and suffixes applied, and for generated objects their behaviour and whether they get a content hash.
 */
export class Resource {
  prevIds: ResId[] = [];
  prefixes: string[] = [];
  suffixes: string[] = [];
  behavior: GeneratorBehavior | undefined;
  needsHash = false;
  /** Set by the name-reference pass: ids of the objects that refer to this one. */
  refBy: ResId[] = [];

  constructor(public obj: JsonObject, readonly source: string) {}

  get metadata(): JsonObject {
    if (!isJsonObject(this.obj.metadata)) this.obj.metadata = {};
    return this.obj.metadata as JsonObject;
  }
  get apiVersion(): string { return typeof this.obj.apiVersion === 'string' ? this.obj.apiVersion : ''; }
  get kind(): string { return typeof this.obj.kind === 'string' ? this.obj.kind : ''; }
  get name(): string {
    const m = this.obj.metadata;
    return isJsonObject(m) && typeof m.name === 'string' ? m.name : '';
  }
  set name(v: string) { this.metadata.name = v; }
  get namespace(): string {
    const m = this.obj.metadata;
    return isJsonObject(m) && typeof m.namespace === 'string' ? m.namespace : '';
  }

  private gvCache: { apiVersion: string; group: string; version: string } | undefined;

  /** The current id. */
  get id(): ResId {
    const av = this.apiVersion;
    if (this.gvCache?.apiVersion !== av) this.gvCache = { apiVersion: av, ...splitApiVersion(av) };
    return { group: this.gvCache.group, version: this.gvCache.version, kind: this.kind, name: this.name, namespace: this.namespace };
  }

  /** The id it was loaded with (before any rename). */
  get originalId(): ResId {
    return this.prevIds[0] ?? this.id;
  }

  /** Every id it has had, oldest first, ending with the current one. */
  get allIds(): ResId[] {
    return [...this.prevIds, this.id];
  }

  /** Records the current id as a previous one before a rename (kustomize's StorePreviousId). */
  storePreviousId(): void {
    this.prevIds.push(this.id);
  }

  labels(): Record<string, JsonValue> {
    const l = this.metadata.labels;
    return isJsonObject(l) ? l : {};
  }

  annotations(): Record<string, JsonValue> {
    const a = this.metadata.annotations;
    return isJsonObject(a) ? a : {};
  }

  /** A copy sharing nothing mutable with this one. */
  clone(): Resource {
    const r = new Resource(structuredClone(this.obj), this.source);
    r.prevIds = this.prevIds.map((x) => ({ ...x }));
    r.prefixes = [...this.prefixes];
    r.suffixes = [...this.suffixes];
    r.behavior = this.behavior;
    r.needsHash = this.needsHash;
    return r;
  }
}

import { compareElements, elementString, type PathElement } from './path-element.js';

interface Child { readonly pe: PathElement; readonly set: FieldSet }

/**
 * A set of field paths as a trie (structured-merge-diff `fieldpath.Set`): `members` are the paths ending here,
 * `children` the subtrees. Operations return new sets and never modify their operands (subtrees may be shared), so
 * a set must not be changed after it has been combined with another.
 */
export class FieldSet {
  readonly members = new Map<string, PathElement>();
  readonly children = new Map<string, Child>();

  /** Adds one path (a member at its last element); returns this set for chaining during construction. */
  insert(path: readonly PathElement[]): this {
    if (path.length === 0) return this;
    const last = path[path.length - 1]!;
    path.slice(0, -1).reduce<FieldSet>((s, pe) => s.child(pe), this).members.set(last.id, last);
    return this;
  }

  /** The subtree under a path element, created when missing (construction only). */
  child(pe: PathElement): FieldSet {
    let c = this.children.get(pe.id);
    if (!c) {
      c = { pe, set: new FieldSet() };
      this.children.set(pe.id, c);
    }
    return c.set;
  }

  /** The paths under `pe` with `pe` removed from their front (structured-merge-diff `WithPrefix`). */
  withPrefix(pe: PathElement): FieldSet | undefined {
    return this.children.get(pe.id)?.set;
  }

  has(path: readonly PathElement[]): boolean {
    if (path.length === 0) return false;
    const parent = path.slice(0, -1).reduce<FieldSet | undefined>((s, pe) => s?.children.get(pe.id)?.set, this);
    return parent !== undefined && parent.members.has(path[path.length - 1]!.id);
  }

  empty(): boolean {
    if (this.members.size > 0) return false;
    for (const c of this.children.values()) if (!c.set.empty()) return false;
    return true;
  }

  union(o: FieldSet): FieldSet {
    if (o.empty()) return this;
    if (this.empty()) return o;
    const out = new FieldSet();
    for (const [id, pe] of this.members) out.members.set(id, pe);
    for (const [id, pe] of o.members) out.members.set(id, pe);
    for (const [id, c] of this.children) {
      const oc = o.children.get(id);
      out.children.set(id, oc ? { pe: c.pe, set: c.set.union(oc.set) } : c);
    }
    for (const [id, c] of o.children) if (!this.children.has(id)) out.children.set(id, c);
    return out;
  }

  difference(o: FieldSet): FieldSet {
    if (o.empty()) return this;
    const out = new FieldSet();
    for (const [id, pe] of this.members) if (!o.members.has(id)) out.members.set(id, pe);
    for (const [id, c] of this.children) {
      const oc = o.children.get(id);
      const d = oc ? c.set.difference(oc.set) : c.set;
      if (!d.empty()) out.children.set(id, d === c.set ? c : { pe: c.pe, set: d });
    }
    return out;
  }

  /** The difference where a member of `o` also removes everything under it (an exclude filter). */
  recursiveDifference(o: FieldSet): FieldSet {
    if (o.empty()) return this;
    const out = new FieldSet();
    for (const [id, pe] of this.members) if (!o.members.has(id)) out.members.set(id, pe);
    for (const [id, c] of this.children) {
      if (o.members.has(id)) continue;
      const oc = o.children.get(id);
      const d = oc ? c.set.recursiveDifference(oc.set) : c.set;
      if (!d.empty()) out.children.set(id, d === c.set ? c : { pe: c.pe, set: d });
    }
    return out;
  }

  intersection(o: FieldSet): FieldSet {
    const out = new FieldSet();
    for (const [id, pe] of this.members) if (o.members.has(id)) out.members.set(id, pe);
    for (const [id, c] of this.children) {
      const oc = o.children.get(id);
      if (!oc) continue;
      const i = c.set.intersection(oc.set);
      if (!i.empty()) out.children.set(id, { pe: c.pe, set: i });
    }
    return out;
  }

  equals(o: FieldSet): boolean {
    return this.difference(o).empty() && o.difference(this).empty();
  }

  /** Every path in Kubernetes' iteration order: this level's members sorted, then each sorted child's paths. */
  paths(prefix: PathElement[] = []): PathElement[][] {
    const out: PathElement[][] = [];
    for (const pe of [...this.members.values()].sort(compareElements)) out.push([...prefix, pe]);
    for (const c of [...this.children.values()].sort((a, b) => compareElements(a.pe, b.pe))) {
      out.push(...c.set.paths([...prefix, c.pe]));
    }
    return out;
  }
}

/** A path as Kubernetes prints it in conflicts: `.spec.containers[name="c"].image`. */
export function pathString(path: readonly PathElement[]): string {
  return path.map(elementString).join('');
}

import { isJsonObject, type JsonObject, type JsonValue } from '../../../lib/strategic-merge/index.js';
import type { NameReference } from '../builtin-configs.js';
import { fieldSpecApplies, splitFieldPath, visitFieldPath, type FieldSpec } from '../field-spec.js';
import { KustomizeError } from '../kustomize-error.js';
import { effectiveNamespace, gvkSelected, isClusterScoped, resIdString, type Gvk } from '../res-id.js';
import type { ResMap } from '../res-map.js';
import type { Resource } from '../resource.js';

const sameList = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** Which objects a referrer may refer to: cluster-scoped ones, those in its namespace, and RoleBinding subjects' namespaces. */
function referenceScope(referrer: Resource): (r: Resource) => boolean {
  const rid = referrer.id;
  if (isClusterScoped(rid)) return () => true;
  const extra = new Set<string>();
  if (rid.kind === 'RoleBinding' && Array.isArray(referrer.obj.subjects)) {
    for (const s of referrer.obj.subjects) if (isJsonObject(s) && s.kind === 'ServiceAccount' && typeof s.namespace === 'string') extra.add(s.namespace);
  }
  const ns = effectiveNamespace(rid);
  return (r) => isClusterScoped(r.id) || effectiveNamespace(r.id) === ns || extra.has(r.namespace);
}

/** Resources by every name they had before the current one (only renamed objects can need a reference fix). */
function byPreviousName(rm: ResMap): Map<string, Resource[]> {
  const m = new Map<string, Resource[]>();
  for (const r of rm.list) {
    for (const name of new Set(r.prevIds.map((id) => id.name))) {
      const list = m.get(name);
      if (list) list.push(r);
      else m.set(name, [r]);
    }
  }
  return m;
}

class Referral {
  constructor(
    private readonly referrer: Resource, private readonly fs: FieldSpec, private readonly target: Gvk,
    private readonly inScope: (r: Resource) => boolean, private readonly byName: Map<string, Resource[]>,
    private readonly all: readonly Resource[],
  ) {}

  private select(oldName: string, pool: (r: Resource) => boolean, identical: (rs: Resource[]) => boolean): Resource | undefined {
    let c = (this.byName.get(oldName) ?? []).filter((r) => this.inScope(r) && pool(r));
    c = c.filter((r) => r.prevIds.some((id) => gvkSelected(id, this.target)));
    if (this.fs.path.endsWith('roleRef/name')) {
      const roleRef = this.referrer.obj.roleRef;
      if (isJsonObject(roleRef) && typeof roleRef.apiGroup === 'string' && typeof roleRef.kind === 'string') {
        const want = { group: roleRef.apiGroup, kind: roleRef.kind };
        c = c.filter((r) => r.prevIds.some((id) => gvkSelected(id, want)));
      }
    }
    const rid = this.referrer.id;
    if (!isClusterScoped(rid)) {
      c = c.filter((r) => isClusterScoped(r.id) || r.kind === 'ServiceAccount' || effectiveNamespace(r.id) === effectiveNamespace(rid));
    }
    if (c.length === 1) return c[0];
    c = c.filter((r) => sameList(r.prefixes, this.referrer.prefixes) && sameList(r.suffixes, this.referrer.suffixes));
    if (c.length === 1) return c[0];
    if (c.length === 0) return undefined;
    if (identical(c)) return c[0];
    throw new KustomizeError(`found multiple possible referrals for ${resIdString(rid)} ${this.fs.path}: ${c.map((r) => resIdString(r.id)).join(', ')}`, this.referrer.source);
  }

  setScalar(holder: JsonObject | JsonValue[], key: string | number): void {
    const value = (holder as Record<string | number, JsonValue>)[key];
    if (typeof value !== 'string') return;
    const r = this.select(value, () => true, (rs) => rs.every((x) => x.name === rs[0]!.name));
    if (r && r.name !== value) (holder as Record<string | number, JsonValue>)[key] = r.name;
  }

  setMapping(node: JsonObject): void {
    if (typeof node.name !== 'string') return;
    let pool: (r: Resource) => boolean = () => true;
    if (typeof node.namespace === 'string') {
      const eff = node.namespace === '' ? 'default' : node.namespace;
      // kustomize groups every candidate by original namespace and falls back to current namespaces.
      const byOrig = this.all.some((r) => this.inScope(r) && effectiveNamespace(r.originalId) === eff);
      pool = byOrig ? (r) => effectiveNamespace(r.originalId) === eff : (r) => effectiveNamespace(r.id) === eff;
    }
    const r = this.select(node.name, pool, (rs) => rs.every((x) => x.name === rs[0]!.name && x.namespace === rs[0]!.namespace));
    if (!r) return;
    if (r.name === node.name && r.namespace === '') return;
    node.name = r.name;
    if (r.namespace !== '') node.namespace = r.namespace;
  }

  visit(parent: JsonObject, key: string): void {
    const v = parent[key];
    if (v === undefined || v === null) return;
    if (typeof v === 'string') this.setScalar(parent, key);
    else if (Array.isArray(v)) v.forEach((el, i) => (isJsonObject(el) ? this.setMapping(el) : this.setScalar(v, i)));
    else if (isJsonObject(v)) this.setMapping(v);
  }
}

/**
 * kustomize's name-reference fix, run once after all layers: every field that names another object (config maps,
 * secrets, service accounts, services, roles, …, per the nameReference config) is rewritten to that object's final
 * name (prefix, suffix, hash) — and namespace, where the field holds one.
 */
export function fixNameReferences(rm: ResMap, refs: readonly NameReference[]): void {
  const byName = byPreviousName(rm);
  if (byName.size === 0) return;
  for (const referrer of rm.list) {
    let inScope: ((r: Resource) => boolean) | undefined;
    const org = referrer.originalId;
    for (const ref of refs) {
      const target: Gvk = { group: ref.group ?? '', version: ref.version ?? '', kind: ref.kind };
      for (const fs of ref.fieldSpecs) {
        if (!fieldSpecApplies(fs, org)) continue;
        inScope ??= referenceScope(referrer);
        const referral = new Referral(referrer, fs, target, inScope, byName, rm.list);
        visitFieldPath(referrer.obj, splitFieldPath(fs.path), false, (p, k) => referral.visit(p, k));
      }
    }
  }
}

import type { KubeObject } from '../kube-object.js';

/** Where a dependent lives: its storage key, namespace and name. */
export interface DependentRef {
  storageKey: string;
  namespace?: string;
  name: string;
}

/** An index from owner uid to the objects whose ownerReferences name it, kept current from watch events. */
export class OwnerIndex {
  private readonly byOwner = new Map<string, Map<string, DependentRef>>();
  private readonly ownersOf = new Map<string, string[]>();

  /** Records (or re-records) an object's owner references. */
  set(storageKey: string, obj: KubeObject): void {
    const key = keyOf(storageKey, obj);
    this.remove(storageKey, obj);
    const uids = (obj.metadata.ownerReferences ?? []).map((r) => r.uid).filter((u) => typeof u === 'string');
    if (uids.length === 0) return;
    this.ownersOf.set(key, uids);
    for (const uid of uids) {
      const deps = this.byOwner.get(uid) ?? new Map<string, DependentRef>();
      deps.set(key, { storageKey, namespace: obj.metadata.namespace, name: obj.metadata.name ?? '' });
      this.byOwner.set(uid, deps);
    }
  }

  /** Forgets an object. */
  remove(storageKey: string, obj: KubeObject): void {
    const key = keyOf(storageKey, obj);
    for (const uid of this.ownersOf.get(key) ?? []) {
      const deps = this.byOwner.get(uid);
      deps?.delete(key);
      if (deps && deps.size === 0) this.byOwner.delete(uid);
    }
    this.ownersOf.delete(key);
  }

  /** The objects naming an owner uid. */
  dependents(uid: string): DependentRef[] {
    return [...(this.byOwner.get(uid)?.values() ?? [])];
  }
}

function keyOf(storageKey: string, obj: KubeObject): string {
  return `${storageKey}|${obj.metadata.namespace ?? ''}|${obj.metadata.name ?? ''}`;
}

import Database from 'better-sqlite3';
import type { KubeObject } from '../kube-object.js';
import type { WatchHub } from './watch-hub.js';

type Db = Database.Database;

/**
 * Durable object storage: one SQLite table keyed by storage key + namespace + name holding each object's JSON,
 * a global resourceVersion counter committed in the same transaction, and an in-memory copy of every object's
 * JSON for fast reads. Every write is committed (WAL; synchronous=NORMAL survives a killed process) before it is
 * published to watchers or acknowledged. Reads return fresh copies that callers may change.
 */
export class ObjectStore {
  private readonly db: Db;
  private readonly memory = new Map<string, Map<string, string>>();
  private rv: number;
  private readonly upsert: Database.Statement;
  private readonly remove: Database.Statement;
  private readonly saveRv: Database.Statement;
  private hub: WatchHub | undefined;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS objects (
      skey TEXT NOT NULL, namespace TEXT NOT NULL, name TEXT NOT NULL, json TEXT NOT NULL,
      PRIMARY KEY (skey, namespace, name)) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);`);
    const row = this.db.prepare(`SELECT value FROM meta WHERE key = 'rv'`).get() as { value: number } | undefined;
    this.rv = row?.value ?? 1;
    this.upsert = this.db.prepare(`INSERT INTO objects (skey, namespace, name, json) VALUES (?, ?, ?, ?)
      ON CONFLICT (skey, namespace, name) DO UPDATE SET json = excluded.json`);
    this.remove = this.db.prepare(`DELETE FROM objects WHERE skey = ? AND namespace = ? AND name = ?`);
    this.saveRv = this.db.prepare(`INSERT INTO meta (key, value) VALUES ('rv', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
    const rows = this.db.prepare('SELECT skey, namespace, name, json FROM objects').iterate() as IterableIterator<{ skey: string; namespace: string; name: string; json: string }>;
    for (const r of rows) this.bucket(r.skey).set(keyOf(r.namespace || undefined, r.name), r.json);
  }

  /** Connects the hub that receives every committed change. */
  attach(hub: WatchHub): void {
    this.hub = hub;
  }

  /** The latest resourceVersion handed out. */
  currentRv(): number {
    return this.rv;
  }

  /** A copy of the stored object, or undefined. */
  get(storageKey: string, namespace: string | undefined, name: string): KubeObject | undefined {
    const json = this.memory.get(storageKey)?.get(keyOf(namespace, name));
    return json === undefined ? undefined : (JSON.parse(json) as KubeObject);
  }

  /** Copies of all stored objects of a storage key, optionally in one namespace, unsorted. */
  list(storageKey: string, namespace?: string): KubeObject[] {
    const bucket = this.memory.get(storageKey);
    if (!bucket) return [];
    const out: KubeObject[] = [];
    const prefix = namespace === undefined ? undefined : `${namespace}/`;
    for (const [key, json] of bucket) {
      if (prefix === undefined || key.startsWith(prefix)) out.push(JSON.parse(json) as KubeObject);
    }
    return out;
  }

  /** The number of objects of a storage key, optionally in one namespace. */
  count(storageKey: string, namespace?: string): number {
    const bucket = this.memory.get(storageKey);
    if (!bucket) return 0;
    if (namespace === undefined) return bucket.size;
    let n = 0;
    for (const key of bucket.keys()) if (key.startsWith(`${namespace}/`)) n++;
    return n;
  }

  /** Stores an object under the next resourceVersion (set on the object) and publishes ADDED or MODIFIED. */
  put(storageKey: string, obj: KubeObject): KubeObject {
    const ns = obj.metadata.namespace ?? '';
    const name = obj.metadata.name ?? '';
    const key = keyOf(ns || undefined, name);
    const existed = this.memory.get(storageKey)?.has(key) ?? false;
    const rv = this.rv + 1;
    obj.metadata.resourceVersion = String(rv);
    const json = JSON.stringify(obj);
    this.commit(() => this.upsert.run(storageKey, ns, name, json), rv);
    this.bucket(storageKey).set(key, json);
    this.hub?.publish({ type: existed ? 'MODIFIED' : 'ADDED', storageKey, object: obj, json, rv });
    return obj;
  }

  /** Deletes an object; the DELETED event carries it with a new resourceVersion. */
  delete(storageKey: string, obj: KubeObject): KubeObject {
    const ns = obj.metadata.namespace ?? '';
    const name = obj.metadata.name ?? '';
    const rv = this.rv + 1;
    const gone: KubeObject = { ...obj, metadata: { ...obj.metadata, resourceVersion: String(rv) } };
    this.commit(() => this.remove.run(storageKey, ns, name), rv);
    this.memory.get(storageKey)?.delete(keyOf(ns || undefined, name));
    this.hub?.publish({ type: 'DELETED', storageKey, object: gone, json: JSON.stringify(gone), rv });
    return gone;
  }

  /** Closes the database. */
  close(): void {
    if (this.db.open) this.db.close();
  }

  private commit(write: () => void, rv: number): void {
    this.db.transaction(() => {
      write();
      this.saveRv.run(rv);
    })();
    this.rv = rv;
  }

  private bucket(storageKey: string): Map<string, string> {
    let b = this.memory.get(storageKey);
    if (!b) {
      b = new Map();
      this.memory.set(storageKey, b);
    }
    return b;
  }
}

function keyOf(namespace: string | undefined, name: string): string {
  return `${namespace ?? ''}/${name}`;
}

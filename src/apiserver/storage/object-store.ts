import Database from 'better-sqlite3';
import type { KubeObject } from '../kube-object.js';
import type { WatchEvent } from './watch-event.js';
import type { WatchHub } from './watch-hub.js';

type Db = Database.Database;

/**
 * Durable object storage: one SQLite table keyed by storage key + namespace + name holding each object's JSON,
 * a global resourceVersion counter committed in the same transaction, and an in-memory copy of every object's
 * JSON for fast reads. Writes change memory at once and are committed together at the end of the event-loop turn
 * (group commit: one transaction for every write of the turn; WAL with synchronous=NORMAL survives a killed
 * process); only then are they published to watchers, and callers answer clients after `committed()`.
 * Reads return fresh copies that callers may change.
 */
export class ObjectStore {
  private readonly db: Db;
  private readonly memory = new Map<string, Map<string, string>>();
  private rv: number;
  private readonly upsert: Database.Statement;
  private readonly remove: Database.Statement;
  private readonly saveRv: Database.Statement;
  private hub: WatchHub | undefined;
  private pending: Array<{ write: () => void; event: WatchEvent }> = [];
  private waiters: Array<{ resolve: () => void; reject: (err: unknown) => void }> = [];
  private flushScheduled = false;

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
    this.bucket(storageKey).set(key, json);
    this.enqueue(() => this.upsert.run(storageKey, ns, name, json), { type: existed ? 'MODIFIED' : 'ADDED', storageKey, object: obj, json, rv });
    return obj;
  }

  /** Deletes an object; the DELETED event carries it with a new resourceVersion. */
  delete(storageKey: string, obj: KubeObject): KubeObject {
    const ns = obj.metadata.namespace ?? '';
    const name = obj.metadata.name ?? '';
    const rv = this.rv + 1;
    const gone: KubeObject = { ...obj, metadata: { ...obj.metadata, resourceVersion: String(rv) } };
    this.memory.get(storageKey)?.delete(keyOf(ns || undefined, name));
    this.enqueue(() => this.remove.run(storageKey, ns, name), { type: 'DELETED', storageKey, object: gone, json: JSON.stringify(gone), rv });
    return gone;
  }

  /**
   * Resolves once every write made so far is committed (at once when none is pending); rejects if the commit
   * failed. Answer a client only after this.
   */
  committed(): Promise<void> {
    if (this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** Commits what is pending, then closes the database. */
  close(): void {
    if (!this.db.open) return;
    this.flush();
    this.db.close();
  }

  private enqueue(write: () => void, event: WatchEvent): void {
    this.rv = event.rv;
    this.pending.push({ write, event });
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.pending;
    const waiters = this.waiters;
    this.pending = [];
    this.waiters = [];
    if (batch.length === 0) {
      for (const w of waiters) w.resolve();
      return;
    }
    try {
      this.db.transaction(() => {
        for (const b of batch) b.write();
        this.saveRv.run(batch[batch.length - 1]?.event.rv ?? this.rv);
      })();
    } catch (err) {
      for (const w of waiters) w.reject(err);
      return;
    }
    for (const b of batch) this.hub?.publish(b.event);
    for (const w of waiters) w.resolve();
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

import { copyFile, lstat, mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { dirname } from 'node:path';
import { safeJoin } from '../lib/safe-path.js';
import { ArtifactError } from './artifact-error.js';
import { packArtifact, type PackedArtifact } from './pack-artifact.js';

/** The object an artifact belongs to; `kind` is lowercased into the path (`gitrepository`). */
export interface ArtifactOwner {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
}

/** `status.artifact` as Flux reports it. */
export interface StoredArtifact {
  /** Relative storage path: `<kind>/<namespace>/<name>/<digest-hex>.tar.gz`. */
  readonly path: string;
  readonly url: string;
  readonly revision: string;
  readonly digest: string;
  readonly size: number;
  readonly lastUpdateTime: string;
}

/** Where the store keeps files and how their URLs are formed. */
export interface ArtifactStoreOptions {
  /** The storage directory (`--storage-dir`). */
  readonly root: string;
  /** Base of `status.artifact.url`, e.g. `http://127.0.0.1:9090`; settable later with {@link ArtifactStore.setBaseUrl}. */
  readonly baseUrl?: string;
  /** Artifacts kept per object by {@link ArtifactStore.gc}; Flux's default retention is 2. */
  readonly retain?: number;
}

const SEGMENT = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

function checkSegment(field: string, value: string): string {
  if (!SEGMENT.test(value) || value.includes('..')) {
    throw new ArtifactError('StorageOperationFailed', `invalid artifact ${field} '${value}'`);
  }
  return value;
}

/**
 * Artifact tarballs on disk under one root, laid out as `<kind>/<namespace>/<name>/<digest>.tar.gz`.
 * Every path is confined to the root; old artifacts are removed by `gc`, keeping the newest N.
 */
export class ArtifactStore {
  readonly root: string;
  readonly retain: number;
  #baseUrl: string;

  constructor(opts: ArtifactStoreOptions) {
    this.root = opts.root;
    this.retain = opts.retain ?? 2;
    this.#baseUrl = (opts.baseUrl ?? 'http://127.0.0.1').replace(/\/+$/, '');
  }

  /** Changes the URL base (once the artifact server knows its port). */
  setBaseUrl(baseUrl: string): void {
    this.#baseUrl = baseUrl.replace(/\/+$/, '');
  }

  /** The directory holding an object's artifacts, relative to the root. */
  ownerDir(owner: ArtifactOwner): string {
    return [checkSegment('kind', owner.kind.toLowerCase()), checkSegment('namespace', owner.namespace), checkSegment('name', owner.name)].join('/');
  }

  /** Absolute path of a relative artifact path; throws if it would leave the root. */
  localPath(artifactPath: string): string {
    try {
      return safeJoin(this.root, artifactPath);
    } catch {
      throw new ArtifactError('StorageOperationFailed', `artifact path '${artifactPath}' is outside the storage`);
    }
  }

  /** The URL an artifact path is served at. */
  urlFor(artifactPath: string): string {
    return `${this.#baseUrl}/${artifactPath.split('/').map(encodeURIComponent).join('/')}`;
  }

  /** Moves a packed tarball into place (atomically via rename) and returns its status entry. */
  async put(owner: ArtifactOwner, packed: PackedArtifact, revision: string): Promise<StoredArtifact> {
    const hex = packed.digest.replace(/^sha256:/, '');
    if (!/^[0-9a-f]{64}$/.test(hex)) throw new ArtifactError('StorageOperationFailed', `invalid artifact digest '${packed.digest}'`);
    const path = `${this.ownerDir(owner)}/${hex}.tar.gz`;
    const dest = this.localPath(path);
    await mkdir(dirname(dest), { recursive: true });
    const tmp = `${dest}.tmp-${process.pid}-${Date.now()}`;
    await rename(packed.path, tmp).catch(async () => {
      await copyFile(packed.path, tmp);
      await rm(packed.path, { force: true });
    });
    await rename(tmp, dest);
    const now = new Date();
    await utimes(dest, now, now);
    return { path, url: this.urlFor(path), revision, digest: packed.digest, size: packed.size, lastUpdateTime: now.toISOString().replace(/\.\d+Z$/, 'Z') };
  }

  /** Packs `dir` (with `spec.ignore`) and stores it: the whole of stage 2 for one object. */
  async archive(owner: ArtifactOwner, dir: string, revision: string, opts: { ignore?: string } = {}): Promise<StoredArtifact> {
    await mkdir(this.root, { recursive: true });
    const packed = await packArtifact(dir, { ...opts, outPath: this.localPath(`.tmp-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.tar.gz`) });
    return this.put(owner, packed, revision);
  }

  /** The file behind an artifact path (absolute path and size), or undefined when it is not a regular file in the store. */
  async get(artifactPath: string): Promise<{ readonly localPath: string; readonly size: number } | undefined> {
    const localPath = this.localPath(artifactPath);
    const st = await lstat(localPath).catch(() => undefined);
    return st?.isFile() ? { localPath, size: st.size } : undefined;
  }

  /** Whether the artifact file exists as a regular file in the store. */
  async exists(artifactPath: string): Promise<boolean> {
    const st = await lstat(this.localPath(artifactPath)).catch(() => undefined);
    return st?.isFile() ?? false;
  }

  /** An object's artifact paths, newest first. */
  async list(owner: ArtifactOwner): Promise<string[]> {
    const dir = this.ownerDir(owner);
    const names = await readdir(this.localPath(dir)).catch(() => [] as string[]);
    const files = await Promise.all(
      names.filter((n) => n.endsWith('.tar.gz')).map(async (n) => ({ path: `${dir}/${n}`, mtime: (await stat(this.localPath(`${dir}/${n}`))).mtimeMs })),
    );
    return files.sort((a, b) => b.mtime - a.mtime || (a.path < b.path ? -1 : 1)).map((f) => f.path);
  }

  /** Deletes all but the newest `retain` artifacts of an object, never `keepPath`; returns what was removed. */
  async gc(owner: ArtifactOwner, keepPath?: string): Promise<string[]> {
    const all = await this.list(owner);
    const keep = new Set(all.slice(0, this.retain));
    if (keepPath) keep.add(keepPath);
    const removed = all.filter((p) => !keep.has(p));
    await Promise.all(removed.map((p) => rm(this.localPath(p), { force: true })));
    return removed;
  }

  /** Removes every artifact of an object (when the object is deleted). */
  async removeAll(owner: ArtifactOwner): Promise<void> {
    await rm(this.localPath(this.ownerDir(owner)), { recursive: true, force: true });
  }
}

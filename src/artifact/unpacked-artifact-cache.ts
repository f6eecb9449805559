import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fetchArtifact } from './fetch-artifact.js';

/** An unpacked artifact lent to a caller; `release` must be called when done reading it. */
export interface LeasedArtifact {
  readonly dir: string;
  release(): void;
}

interface Entry {
  dir: string;
  ready: Promise<void>;
  leases: number;
  lastUsed: number;
}

/**
 * Unpacked artifacts shared by digest: the first consumer of a revision downloads, verifies and unpacks it; every
 * other consumer of the same digest reads the same directory (builds only read). Keeps at most `maxEntries`
 * unused revisions, evicting the least recently used. One source revision feeding 1,000 Kustomizations is
 * fetched and unpacked once, not 1,000 times.
 */
export class UnpackedArtifactCache {
  private readonly entries = new Map<string, Entry>();
  private seq = 0;

  constructor(private readonly root: string, private readonly maxEntries = 8) {}

  /**
   * The unpacked tree of the artifact at `url` with `digest`, fetched on first use. The fetch is shared, so no
   * one caller's cancellation aborts it (it has its own timeout).
   */
  async acquire(url: string, digest: string): Promise<LeasedArtifact> {
    let entry = this.entries.get(digest);
    if (!entry) {
      const dir = join(this.root, `${digest.replace(/^sha256:/, '').slice(0, 16)}-${++this.seq}`);
      entry = { dir, leases: 0, lastUsed: Date.now(), ready: this.fill(url, digest, dir) };
      this.entries.set(digest, entry);
      entry.ready.catch(() => this.entries.get(digest) === entry && this.entries.delete(digest));
    }
    entry.leases++;
    try {
      await entry.ready;
    } catch (err) {
      entry.leases--;
      throw err;
    }
    const leased = entry;
    let released = false;
    return {
      dir: leased.dir,
      release: () => {
        if (released) return;
        released = true;
        leased.leases--;
        leased.lastUsed = Date.now();
        void this.evict();
      },
    };
  }

  /** Removes every unpacked artifact (on shutdown). */
  async clear(): Promise<void> {
    this.entries.clear();
    await rm(this.root, { recursive: true, force: true });
  }

  private async fill(url: string, digest: string, dir: string): Promise<void> {
    await mkdir(dir, { recursive: true });
    try {
      await fetchArtifact(url, digest, dir);
    } catch (err) {
      await rm(dir, { recursive: true, force: true });
      throw err;
    }
  }

  private async evict(): Promise<void> {
    const idle = [...this.entries.entries()].filter(([, e]) => e.leases === 0).sort((a, b) => a[1].lastUsed - b[1].lastUsed);
    for (const [digest, e] of idle.slice(0, Math.max(0, this.entries.size - this.maxEntries))) {
      this.entries.delete(digest);
      await rm(e.dir, { recursive: true, force: true });
    }
  }
}

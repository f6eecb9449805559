import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Header, Pax } from 'tar';

/** One archive member. Paths are relative and slash-separated; files carry the absolute path to read. */
export type TarEntry =
  | { readonly type: 'Directory'; readonly path: string }
  | { readonly type: 'File'; readonly path: string; readonly source: string; readonly executable: boolean }
  | { readonly type: 'SymbolicLink'; readonly path: string; readonly linkpath: string };

/** The written archive's sha256 (`sha256:<hex>`) and byte size. */
export interface WrittenArchive {
  readonly digest: string;
  readonly size: number;
}

const EPOCH = new Date(0);
const ZERO_BLOCKS = Buffer.alloc(1024);

function header(entry: TarEntry, size: number): Buffer[] {
  const path = entry.type === 'Directory' ? `${entry.path}/` : entry.path;
  const linkpath = entry.type === 'SymbolicLink' ? entry.linkpath : '';
  const mode = entry.type === 'File' ? (entry.executable ? 0o755 : 0o644) : entry.type === 'Directory' ? 0o755 : 0o777;
  const h = new Header({ path, mode, uid: 0, gid: 0, size, mtime: EPOCH, type: entry.type, linkpath, uname: '', gname: '' });
  const block = Buffer.alloc(512);
  const needPax = h.encode(block);
  return needPax ? [new Pax({ path, ...(linkpath ? { linkpath } : {}), size }).encode(), block] : [block];
}

const READ_AHEAD = 32;

async function* tarBlocks(entries: readonly TarEntry[]): AsyncGenerator<Buffer> {
  // Reads run ahead of the writer so file I/O overlaps compression; output order is unchanged.
  const pending = new Map<number, Promise<Buffer>>();
  const start = (i: number): void => {
    const e = entries[i];
    if (e?.type === 'File' && !pending.has(i)) pending.set(i, readFile(e.source));
  };
  for (let i = 0; i < entries.length; i++) {
    for (let j = i; j < Math.min(entries.length, i + READ_AHEAD); j++) start(j);
    const entry = entries[i]!;
    if (entry.type !== 'File') {
      yield* header(entry, 0);
      continue;
    }
    const body = await pending.get(i)!;
    pending.delete(i);
    yield* header(entry, body.length);
    yield body;
    const pad = (512 - (body.length % 512)) % 512;
    if (pad) yield Buffer.alloc(pad);
  }
  yield ZERO_BLOCKS;
}

/**
 * Writes `entries`, in the given order, as a gzip-compressed tar to `outPath` with fixed metadata
 * (mtime 0, owner 0:0, modes 0644/0755/0777) so the same tree always gives the same bytes and digest.
 */
export async function writeTarGz(entries: readonly TarEntry[], outPath: string): Promise<WrittenArchive> {
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(Readable.from(tarBlocks(entries)), createGzip({ level: 6 }), tap, createWriteStream(outPath, { mode: 0o644 }));
  return { digest: `sha256:${hash.digest('hex')}`, size };
}

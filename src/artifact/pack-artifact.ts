import { randomBytes } from 'node:crypto';
import { lstat, readdir, readlink, realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isWithin } from '../lib/safe-path.js';
import { ArtifactError } from './artifact-error.js';
import { loadSourceIgnore, type IgnoreMatcher } from './source-ignore.js';
import { writeTarGz, type TarEntry } from './tar-writer.js';

/** How a directory becomes an artifact. */
export interface PackOptions {
  /** `spec.ignore` rules (gitignore syntax); with `.sourceignore` files they replace Flux's default exclusions. */
  readonly ignore?: string;
  /** A ready matcher, instead of loading `.sourceignore` files and `ignore`. */
  readonly matcher?: IgnoreMatcher;
  /** Where to write the tarball; default a new file in the OS temp dir. */
  readonly outPath?: string;
}

/** A packed tarball on disk with its `sha256:` digest. */
export interface PackedArtifact {
  readonly path: string;
  readonly digest: string;
  readonly size: number;
  /** Number of files and symlinks archived. */
  readonly files: number;
}

const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Packs `dir` into a deterministic tar.gz: entries sorted, fixed owners and mtimes, no `.git`, ignore
 * rules applied. A symlink whose target leaves `dir` fails the pack with an error naming the link.
 */
export async function packArtifact(dir: string, opts: PackOptions = {}): Promise<PackedArtifact> {
  const root = resolve(dir);
  const rootReal = await realpath(root).catch(() => {
    throw new ArtifactError('ArchiveOperationFailed', `failed to stat source path '${dir}'`);
  });
  const matcher = opts.matcher ?? (await loadSourceIgnore(root, opts.ignore));
  const entries: TarEntry[] = [];
  await walk(root, rootReal, '', matcher, entries);
  const outPath = opts.outPath ?? join(tmpdir(), `fluxion-artifact-${randomBytes(8).toString('hex')}.tar.gz`);
  const written = await writeTarGz(entries, outPath);
  return { path: outPath, ...written, files: entries.filter((e) => e.type !== 'Directory').length };
}

async function walk(root: string, rootReal: string, rel: string, matcher: IgnoreMatcher, out: TarEntry[]): Promise<boolean> {
  const names = (await readdir(join(root, rel))).filter((n) => n !== '.git').sort(byteOrder);
  const stats = await Promise.all(names.map((n) => lstat(join(root, rel, n))));
  let any = false;
  for (const [i, name] of names.entries()) {
    const path = rel ? `${rel}/${name}` : name;
    const abs = join(root, path);
    const st = stats[i]!;
    if (st.isDirectory()) {
      // Like Flux, rules are checked per file: an ignored directory may hold a file a later rule brings back.
      const at = out.length;
      out.push({ type: 'Directory', path });
      if (await walk(root, rootReal, path, matcher, out)) any = true;
      else out.splice(at, 1);
    } else if (matcher.ignores(path, false)) {
      continue;
    } else if (st.isSymbolicLink()) {
      out.push({ type: 'SymbolicLink', path, linkpath: await confinedLink(root, rootReal, path) });
      any = true;
    } else if (st.isFile()) {
      out.push({ type: 'File', path, source: abs, executable: (st.mode & 0o111) !== 0 });
      any = true;
    }
  }
  return any;
}

async function confinedLink(root: string, rootReal: string, path: string): Promise<string> {
  const abs = join(root, path);
  const target = await readlink(abs);
  const lexical = resolve(dirname(abs), target);
  const physical = await realpath(abs).catch(() => undefined);
  if (!isWithin(root, lexical) || (physical !== undefined && !isWithin(rootReal, physical))) {
    throw new ArtifactError('ArchiveOperationFailed', `symlink '${path}' points outside the source root ('${target}')`);
  }
  // Store in-tree absolute targets as relative ones so they stay valid wherever the artifact is unpacked.
  return isAbsolute(target) ? relative(dirname(abs), lexical).split(sep).join('/') || '.' : target;
}

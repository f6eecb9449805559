import { createReadStream, lstatSync, mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, realpath, rm } from 'node:fs/promises';
import { dirname, posix } from 'node:path';
import { Parser, type ReadEntry } from 'tar';
import { isWithin, safeJoin } from '../lib/safe-path.js';
import { ArtifactError } from './artifact-error.js';

/** Limits for unpacking an untrusted archive. */
export interface UntarOptions {
  /** Refuse archives whose files add up to more than this many bytes (default 1 GiB). */
  readonly maxBytes?: number;
}

/** What was unpacked. */
export interface UntarResult {
  readonly files: number;
  readonly bytes: number;
}

function refuse(message: string): never {
  throw new ArtifactError('ArtifactFailed', `refusing to unpack artifact: ${message}`);
}

function checkEntryPath(path: string): string {
  const p = path.replace(/\/+$/, '');
  if (!p || p.includes('\0') || p.startsWith('/') || /^[a-zA-Z]:/.test(p) || p.includes('\\')) refuse(`entry '${path}' has an absolute or invalid path`);
  if (p.split('/').some((s) => s === '..')) refuse(`entry '${path}' contains '..'`);
  return posix.normalize(p);
}

// Writing through a symlink created by an earlier entry could land outside the destination.
function checkNoSymlinkParents(dest: string, rel: string): void {
  const parts = rel.split('/');
  for (let i = 1; i < parts.length; i++) {
    const st = lstatOrUndefined(safeJoin(dest, parts.slice(0, i).join('/')));
    if (st?.isSymbolicLink()) refuse(`entry '${rel}' would be written through symlink '${parts.slice(0, i).join('/')}'`);
  }
}

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function writeEntry(dest: string, entry: ReadEntry, body: Buffer): void {
  const rel = checkEntryPath(entry.path);
  if (rel === '.') return;
  checkNoSymlinkParents(dest, rel);
  const target = safeJoin(dest, rel);
  const existing = lstatOrUndefined(target);
  if (existing?.isSymbolicLink()) refuse(`entry '${rel}' would overwrite symlink '${rel}'`);
  switch (entry.type) {
    case 'Directory':
      mkdirSync(target, { recursive: true, mode: 0o755 });
      return;
    case 'File':
    case 'OldFile':
    case 'ContiguousFile':
      mkdirSync(dirname(target), { recursive: true, mode: 0o755 });
      writeFileSync(target, body, { mode: (entry.mode ?? 0o644) & 0o111 ? 0o755 : 0o644 });
      return;
    case 'SymbolicLink': {
      const link = entry.linkpath ?? '';
      if (!link || link.startsWith('/') || !isWithin(dest, posix.resolve(dirname(target), link))) {
        refuse(`symlink '${rel}' points outside the destination ('${link}')`);
      }
      mkdirSync(dirname(target), { recursive: true, mode: 0o755 });
      symlinkSync(link, target);
      return;
    }
    default:
      refuse(`entry '${rel}' has unsupported type ${entry.type}`);
  }
}

/**
 * Unpacks a (gzipped) tar into `destDir` and nothing else: entries with absolute paths or `..`,
 * hard links, devices, symlinks leaving the destination and writes through symlinks are refused; on
 * refusal everything unpacked so far is removed.
 */
export async function untarConfined(archivePath: string, destDir: string, opts: UntarOptions = {}): Promise<UntarResult> {
  await mkdir(destDir, { recursive: true });
  const dest = await realpath(destDir);
  if ((await readdir(dest)).length > 0) refuse(`destination '${destDir}' is not empty`);
  const maxBytes = opts.maxBytes ?? 1024 ** 3;
  let files = 0;
  let bytes = 0;
  let failure: unknown;
  try {
    await new Promise<void>((resolvePromise, reject) => {
      const parser = new Parser({
        strict: true,
        onReadEntry: (entry: ReadEntry) => {
          const chunks: Buffer[] = [];
          entry.on('data', (c: Buffer) => {
            bytes += c.length;
            if (bytes > maxBytes && !failure) failure = new ArtifactError('ArtifactFailed', `refusing to unpack artifact: more than ${maxBytes} bytes`);
            if (!failure) chunks.push(c);
          });
          entry.on('end', () => {
            if (failure) return;
            try {
              writeEntry(dest, entry, Buffer.concat(chunks));
              if (entry.type !== 'Directory') files++;
            } catch (err) {
              failure = err;
            }
          });
        },
      });
      parser.on('error', reject);
      parser.on('close', () => resolvePromise());
      createReadStream(archivePath).on('error', reject).pipe(parser);
    });
    if (failure) throw failure;
    await checkSymlinksResolveInside(dest, dest);
  } catch (err) {
    await emptyDir(dest);
    if (err instanceof ArtifactError) throw err;
    throw new ArtifactError('ArtifactFailed', `failed to unpack artifact: ${(err as Error).message}`);
  }
  return { files, bytes };
}

// Lexically confined links can still escape physically ('a' -> '.', 'b' -> 'a/..'): resolve each one.
async function checkSymlinksResolveInside(dest: string, dir: string): Promise<void> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const abs = `${dir}/${e.name}`;
    if (e.isSymbolicLink()) {
      let real: string | undefined;
      try {
        real = realpathSync.native(abs);
      } catch {
        real = undefined;
      }
      if (real !== undefined && !isWithin(dest, real)) refuse(`symlink '${abs.slice(dest.length + 1)}' resolves outside the destination`);
    } else if (e.isDirectory()) {
      await checkSymlinksResolveInside(dest, abs);
    }
  }
}

async function emptyDir(dir: string): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[])) await rm(`${dir}/${name}`, { recursive: true, force: true });
}

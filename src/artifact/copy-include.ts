import { cp, lstat, mkdir, readdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { safeJoin } from '../lib/safe-path.js';
import { ArtifactError } from './artifact-error.js';

/** One `spec.include` entry, resolved to the unpacked tree of the included artifact. */
export interface IncludeSpec {
  /** Directory holding the included GitRepository's unpacked artifact. */
  readonly sourceDir: string;
  /** Name of the included GitRepository (the default `toPath`). */
  readonly repositoryName: string;
  /** Sub-path of the included artifact to copy; default its whole tree. */
  readonly fromPath?: string;
  /** Where the files land inside the including source; default `repositoryName`. */
  readonly toPath?: string;
}

function cleanRel(field: string, value: string): string {
  const rel = value.replace(/^\.?\/+/, '').replace(/\/+$/, '');
  if (rel.split('/').includes('..')) {
    throw new ArtifactError('IncludeUnavailable', `spec.include ${field} '${value}' must stay inside the repository`);
  }
  return rel;
}

/**
 * Copies an included artifact's tree (or its `fromPath`) into `destRoot/<toPath>`, replacing what was
 * there, as Flux's `spec.include` does; both paths are confined to their roots and symlinks are copied
 * as links, never followed.
 */
export async function copyInclude(destRoot: string, inc: IncludeSpec): Promise<string> {
  const from = cleanRel('fromPath', inc.fromPath ?? '');
  const to = cleanRel('toPath', inc.toPath || inc.repositoryName);
  if (!to) throw new ArtifactError('IncludeUnavailable', `spec.include toPath for '${inc.repositoryName}' must not be the repository root`);
  const src = from ? safeJoin(inc.sourceDir, from) : inc.sourceDir;
  const dest = safeJoin(destRoot, to);
  const st = await lstat(src).catch(() => undefined);
  if (!st?.isDirectory()) {
    throw new ArtifactError('IncludeUnavailable', `spec.include fromPath '${inc.fromPath ?? ''}' not found in artifact of GitRepository '${inc.repositoryName}'`);
  }
  await rm(dest, { recursive: true, force: true });
  await mkdir(dirname(dest), { recursive: true });
  await mkdir(dest, { recursive: true });
  for (const name of await readdir(src)) {
    await cp(safeJoin(src, name), safeJoin(dest, name), { recursive: true, verbatimSymlinks: true, dereference: false, errorOnExist: false, force: true });
  }
  return to;
}

import { createRequire } from 'node:module';
import type { ReadEntry } from 'tar';
import { ChartLoadError } from './chart-load-error.js';
import type { ChartFile } from './chart.js';

/** tar is loaded on first use: folder charts never need it. */
const requireLazy = createRequire(import.meta.url);

/** Refuse archives that inflate past this (Helm's default max decompressed chart size is 100 MiB). */
const maxBytes = 100 * 1024 * 1024;

/**
 * Reads a chart archive (.tgz) in memory, as Helm's LoadArchive: the top folder is stripped, only regular files
 * are kept, and any name that would escape the chart root is refused.
 */
export function readChartArchive(data: Buffer, label: string): ChartFile[] {
  const files: ChartFile[] = [];
  let total = 0;
  let failure: Error | undefined;
  let ended = false;
  const onEntry = (entry: ReadEntry): void => {
    const chunks: Buffer[] = [];
    entry.on('data', (c: Buffer) => {
      total += c.length;
      if (total > maxBytes) failure ??= new ChartLoadError(`chart ${label} exceeds the maximum decompressed size of ${maxBytes} bytes`);
      else chunks.push(c);
    });
    entry.on('end', () => {
      if (entry.type !== 'File' && entry.type !== 'OldFile' && entry.type !== 'ContiguousFile') return;
      try {
        const name = archiveMemberName(entry.path);
        if (name !== undefined) files.push({ name, data: stripBom(Buffer.concat(chunks)) });
      } catch (err) {
        failure ??= err as Error;
      }
    });
  };
  const { Parser } = requireLazy('tar') as typeof import('tar');
  const parser = new Parser({ strict: true, onReadEntry: onEntry });
  parser.on('error', (err: Error) => { failure ??= new ChartLoadError(`${label}: ${err.message}`); });
  parser.on('end', () => { ended = true; });
  parser.end(data);
  if (failure) throw failure;
  if (!ended) throw new ChartLoadError(`${label}: archive could not be read to its end`);
  if (files.length === 0) throw new ChartLoadError('no files in chart archive');
  return files;
}

/** The member's name inside the chart (first path segment dropped); throws on names that escape the root. */
function archiveMemberName(path: string): string | undefined {
  const parts = path.replaceAll('\\', '/').split('/');
  if (parts.length === 1 && parts[0] === 'Chart.yaml') throw new ChartLoadError('chart yaml not in base directory');
  const rest = parts.slice(1).filter((p) => p !== '' && p !== '.');
  if (rest.length === 0) return undefined;
  if (path.startsWith('/') || rest.includes('..')) throw new ChartLoadError(`chart illegally references a path outside its root: ${path}`);
  return rest.join('/');
}

const bom = Buffer.from([0xef, 0xbb, 0xbf]);

/** Helm drops a UTF-8 byte-order mark from every file it loads. */
export function stripBom(b: Buffer): Buffer {
  return b.subarray(0, 3).equals(bom) ? b.subarray(3) : b;
}

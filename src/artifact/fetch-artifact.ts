import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { sanitizeUrl } from '../lib/url-sanitize.js';
import { ArtifactError } from './artifact-error.js';
import { untarConfined, type UntarResult } from './untar-confined.js';

/** Limits and cancellation for downloading an artifact. */
export interface FetchArtifactOptions {
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Largest download accepted (default 512 MiB). */
  readonly maxDownloadBytes?: number;
  /** Largest unpacked size accepted (default 1 GiB). */
  readonly maxBytes?: number;
  /** Where the tarball is staged; default the OS temp dir. */
  readonly tmpDir?: string;
}

/** The verified artifact's digest and what was unpacked. */
export interface FetchedArtifact extends UntarResult {
  readonly digest: string;
  readonly size: number;
}

/**
 * Downloads an artifact, checks its sha256 against `digest` (`sha256:<hex>`) before unpacking anything,
 * then unpacks it confined to `destDir` (see {@link untarConfined}). Errors are ArtifactErrors whose
 * messages carry the URL without credentials or query.
 */
export async function fetchArtifact(url: string, digest: string, destDir: string, opts: FetchArtifactOptions = {}): Promise<FetchedArtifact> {
  const shown = sanitizeUrl(url);
  const expected = /^sha256:([0-9a-f]{64})$/.exec(digest)?.[1];
  if (!expected) throw new ArtifactError('ArtifactFailed', `invalid artifact digest '${digest}' (want sha256:<hex>)`);
  const signals = [AbortSignal.timeout(opts.timeoutMs ?? 120_000), ...(opts.signal ? [opts.signal] : [])];
  const tmp = join(opts.tmpDir ?? tmpdir(), `fluxion-fetch-${randomBytes(8).toString('hex')}.tar.gz`);
  try {
    const { hex, size } = await download(url, shown, tmp, AbortSignal.any(signals), opts.maxDownloadBytes ?? 512 * 1024 ** 2);
    if (hex !== expected) {
      throw new ArtifactError('ArtifactFailed', `artifact from '${shown}' failed verification: computed digest sha256:${hex} doesn't match '${digest}'`);
    }
    const result = await untarConfined(tmp, destDir, { maxBytes: opts.maxBytes });
    return { digest, size, ...result };
  } finally {
    await rm(tmp, { force: true });
  }
}

async function download(url: string, shown: string, out: string, signal: AbortSignal, maxBytes: number): Promise<{ hex: string; size: number }> {
  let res: Response;
  try {
    res = await fetch(url, { signal, redirect: 'error' });
  } catch (err) {
    const why = signal.aborted ? 'timed out or canceled' : ((err as Error & { cause?: { code?: string } }).cause?.code ?? 'connection failed');
    throw new ArtifactError('ArtifactFailed', `failed to download artifact from '${shown}': ${why}`);
  }
  if (res.status !== 200 || !res.body) {
    await res.body?.cancel();
    throw new ArtifactError('ArtifactFailed', `failed to download artifact from '${shown}': HTTP ${res.status}`);
  }
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new ArtifactError('ArtifactFailed', `artifact from '${shown}' is larger than ${maxBytes} bytes`));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), tap, createWriteStream(out));
  } catch (err) {
    if (err instanceof ArtifactError) throw err;
    throw new ArtifactError('ArtifactFailed', `failed to download artifact from '${shown}': ${signal.aborted ? 'timed out or canceled' : 'connection lost'}`);
  }
  return { hex: hash.digest('hex'), size };
}

/** A Flux artifact revision taken apart: `main@sha1:<hex>` → ref `main`, algorithm `sha1`, hex `<hex>`. */
export interface Revision {
  /** Branch, tag, ref name or chart version before the `@`; absent for a bare digest. */
  readonly ref?: string;
  /** Digest algorithm (`sha1`, `sha256`, `sha384`, `sha512`, `blake3`); absent for a plain version like `1.2.3`. */
  readonly algorithm?: string;
  /** Lower-case hex digest; absent for a plain version. */
  readonly hex?: string;
  /** True when parsed from the pre-Flux-2.0 form `main/<hex>` or a bare 40/64-character hex. */
  readonly legacy: boolean;
}

const ALGORITHMS = new Set(['sha1', 'sha256', 'sha384', 'sha512', 'blake3']);
const DIGEST = /^([a-z0-9]+):([a-fA-F0-9]+)$/;
const HEX = /^[a-fA-F0-9]{40}$|^[a-fA-F0-9]{64}$/;

/**
 * Parses a revision string as Flux writes it (`main@sha1:abc…`, `v1.2.3@sha256:…`, `sha256:…`, `1.2.3`) and the
 * legacy forms Flux still reads (`main/abc…`, bare commit hex), which map to `sha1` (40 hex) or `sha256` (64 hex).
 */
export function parseRevision(value: string): Revision {
  const at = value.lastIndexOf('@');
  if (at >= 0) {
    const digest = parseDigest(value.slice(at + 1));
    if (digest) return { ref: value.slice(0, at) || undefined, ...digest, legacy: false };
  }
  const whole = parseDigest(value);
  if (whole) return { ...whole, legacy: false };
  if (HEX.test(value)) return { ...legacyHex(value), legacy: true };
  const slash = value.lastIndexOf('/');
  if (slash > 0 && HEX.test(value.slice(slash + 1))) {
    return { ref: value.slice(0, slash), ...legacyHex(value.slice(slash + 1)), legacy: true };
  }
  return { ref: value, legacy: false };
}

/** Formats a revision in Flux 2 form: `ref@algo:hex`, `algo:hex`, or the bare ref when there is no digest. */
export function formatRevision(rev: Omit<Revision, 'legacy'>): string {
  const digest = rev.algorithm && rev.hex ? `${rev.algorithm}:${rev.hex.toLowerCase()}` : undefined;
  if (digest && rev.ref) return `${rev.ref}@${digest}`;
  return digest ?? rev.ref ?? '';
}

/** Rewrites a legacy revision (`main/<hex>`) in Flux 2 form (`main@sha1:<hex>`); other revisions are returned as is. */
export function normalizeRevision(value: string): string {
  const rev = parseRevision(value);
  return rev.legacy ? formatRevision(rev) : value;
}

/** The `algo:hex` digest part of a revision, or undefined when it has none (a chart version such as `1.2.3`). */
export function revisionDigest(value: string): string | undefined {
  const rev = parseRevision(value);
  return rev.algorithm && rev.hex ? `${rev.algorithm}:${rev.hex.toLowerCase()}` : undefined;
}

/**
 * Whether two revisions name the same content: compared by digest when both have one (so `main@sha1:x`,
 * `main/x` and `sha1:x` are equal), otherwise as strings.
 */
export function sameRevision(a: string, b: string): boolean {
  const da = revisionDigest(a);
  const db = revisionDigest(b);
  if (da !== undefined && db !== undefined) return da === db;
  return a === b;
}

/** A short form for tables: `main@sha1:0123abcd` (the digest cut to `length` hex characters). */
export function shortRevision(value: string, length = 8): string {
  const rev = parseRevision(value);
  if (!rev.algorithm || !rev.hex) return value;
  return formatRevision({ ...rev, hex: rev.hex.slice(0, length) });
}

function parseDigest(value: string): { algorithm: string; hex: string } | undefined {
  const m = DIGEST.exec(value);
  if (!m || !ALGORITHMS.has(m[1] ?? '')) return undefined;
  return { algorithm: m[1] ?? '', hex: (m[2] ?? '').toLowerCase() };
}

function legacyHex(hex: string): { algorithm: string; hex: string } {
  return { algorithm: hex.length === 40 ? 'sha1' : 'sha256', hex: hex.toLowerCase() };
}

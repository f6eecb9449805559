/** A commit hash in Flux's digest form, `sha1:<hex>`. */
export function commitDigest(sha: string): string {
  return `sha1:${sha}`;
}

/**
 * Flux's artifact revision: `<pointer>@sha1:<hex>` where pointer is the branch, the tag (also for
 * semver), or the full ref name for `spec.ref.name`; a commit without branch is just `sha1:<hex>`.
 */
export function formatRevision(pointer: string | undefined, sha: string): string {
  return pointer ? `${pointer}@${commitDigest(sha)}` : commitDigest(sha);
}

/** Splits a revision in any of Flux's forms (also the legacy `main/<hex>` and a bare hex) into pointer and hash. */
export function parseRevision(revision: string): { pointer?: string; sha: string } {
  const at = revision.lastIndexOf('@');
  const digest = at >= 0 ? revision.slice(at + 1) : revision;
  const pointer = at >= 0 ? revision.slice(0, at) : undefined;
  if (digest.startsWith('sha1:')) return { ...(pointer ? { pointer } : {}), sha: digest.slice(5) };
  const slash = revision.lastIndexOf('/');
  if (at < 0 && slash >= 0) return { pointer: revision.slice(0, slash), sha: revision.slice(slash + 1) };
  return { ...(pointer ? { pointer } : {}), sha: digest };
}

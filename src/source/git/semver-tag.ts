import semver from 'semver';

/** Masterminds-style version parse as Flux does: optional `v`, missing minor/patch default to 0. */
function parseTagVersion(tag: string): semver.SemVer | null {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(tag);
  if (!m) return null;
  return semver.parse(`${m[1]}.${m[2] ?? '0'}.${m[3] ?? '0'}${m[4] ?? ''}${m[5] ?? ''}`);
}

/** Whether `range` is a version range Flux would accept (commas and a leading `v` are allowed). */
export function isValidSemverRange(range: string): boolean {
  return semver.validRange(normalizeRange(range), { loose: true }) !== null;
}

function normalizeRange(range: string): string {
  // Masterminds separates AND-ed constraints with commas; node-semver with spaces.
  return range.replace(/,/g, ' ').replace(/(^|[\s<>=~^])v(?=\d)/g, '$1').trim();
}

/**
 * The tag with the highest version satisfying `range` (Masterminds semantics as Flux: prereleases only
 * match ranges that name one), or undefined. Ties (build metadata) go to the lexically greatest tag.
 */
export function pickSemverTag(tags: Iterable<string>, range: string): string | undefined {
  const norm = normalizeRange(range);
  let best: { tag: string; v: semver.SemVer } | undefined;
  for (const tag of tags) {
    const v = parseTagVersion(tag);
    if (!v || !semver.satisfies(v, norm, { loose: true })) continue;
    if (!best) best = { tag, v };
    else {
      const cmp = semver.compare(v, best.v);
      if (cmp > 0 || (cmp === 0 && tag > best.tag)) best = { tag, v };
    }
  }
  return best?.tag;
}

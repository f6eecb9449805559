/** Go's `\s` is ASCII whitespace only; Helm splits on `---` at a line start (quirk: also `---foo`). */
const sep = /(?:^|[\t\n\f\r ]*\n)---[\t\n\f\r ]*/;

const goSpace = new Set(['\t', '\n', '\v', '\f', '\r', ' ', '\u0085', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002',
  '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000']);

/** Go's strings.TrimSpace (unicode.IsSpace), by index: a regex is slow on big texts. */
export function trimGo(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && goSpace.has(s[start]!)) start++;
  while (end > start && goSpace.has(s[end - 1]!)) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Helm's releaseutil.SplitManifests: the documents of a rendered file, trimmed, empty ones dropped, in order. */
export function splitManifests(bigFile: string): string[] {
  return trimGo(bigFile)
    .split(sep)
    .filter((d) => d !== '')
    .map(trimGo);
}

/** Whitespace-only check as Go's strings.TrimSpace(s) == "". */
export function isBlank(s: string): boolean {
  return trimGo(s) === '';
}

/** Go's `\s` is ASCII whitespace only; Helm splits on `---` at a line start (quirk: also `---foo`). */
const sep = /(?:^|[\t\n\f\r ]*\n)---[\t\n\f\r ]*/;

const trimGo = (s: string): string => s.replace(/^[\t\n\v\f\r \u0085\u00a0]+|[\t\n\v\f\r \u0085\u00a0]+$/g, '');

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

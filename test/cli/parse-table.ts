/**
 * Reads a table as Flux prints it back into rows keyed by header, cutting each line at the header's column
 * starts (so empty cells stay empty). The first line must be the header.
 */
export function parseTable(text: string): Array<Record<string, string>> {
  const [header = '', ...lines] = text.trimEnd().split('\n');
  const starts = [...header.matchAll(/\S+/g)].map((m) => ({ name: m[0], at: m.index }));
  return lines.filter((l) => l !== '').map((line) => Object.fromEntries(starts.map((col, i) => {
    const end = starts[i + 1]?.at ?? line.length;
    return [col.name, line.slice(col.at, i + 1 < starts.length ? end : undefined).trim()];
  })));
}

/** The header cells of a printed table. */
export function headerOf(text: string): string[] {
  return (text.split('\n')[0] ?? '').split(/\s+/).filter(Boolean);
}

import { splitManifests } from './split-manifests.js';
import { ShowOnlyError } from './show-only-error.js';

/**
 * `helm template --show-only`: keeps the documents whose `# Source:` path (without the chart name) matches one of
 * the patterns (Go's filepath.Match), in pattern order, printed as `---\n<doc>\n`. Throws when a pattern matches none.
 */
export function showOnly(output: string, patterns: string[]): string {
  const docs = splitManifests(output);
  const picked: string[] = [];
  for (const pattern of patterns) {
    const re = goPathMatch(pattern.replaceAll('\\', '/'));
    let missing = true;
    for (const doc of docs) {
      const m = /# Source: [^/]+\/(.+)/.exec(doc);
      if (!m || !re?.test(m[1]!)) continue;
      picked.push(doc);
      missing = false;
    }
    if (missing) throw new ShowOnlyError(`could not find template ${pattern} in chart`);
  }
  return picked.map((d) => `---\n${d}\n`).join('');
}

/** Go's filepath.Match as a RegExp: `*` and `?` stay within a path segment, `[a-z]`/`[^…]` classes, `\` escapes. */
function goPathMatch(pattern: string): RegExp | undefined {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\' && i + 1 < pattern.length) re += escape(pattern[++i]!);
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) return undefined;
      const body = pattern.slice(i + 1, end);
      re += body.startsWith('^') ? `[^/${body.slice(1)}]` : `[${body}]`;
      i = end;
    } else re += escape(c);
  }
  try {
    return new RegExp(`^${re}$`);
  } catch {
    return undefined;
  }
}

const escape = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

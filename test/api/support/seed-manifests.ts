import { parseAllDocuments } from 'yaml';

/** A Flux manifest found in a seed guide. */
export interface SeedManifest {
  /** Seed file name, e.g. `000_e4fe4841f7c407ab.txt`. */
  readonly seed: string;
  /** 1-based index of the fenced code block in the seed. */
  readonly block: number;
  /** 1-based index of the YAML document within that block (or heredoc). */
  readonly doc: number;
  readonly object: Record<string, unknown>;
}

const FENCE = /^```([A-Za-z0-9_-]*)\s*$/;
const HEREDOC = /<<-?\s*['"]?([A-Za-z_][A-Za-z0-9_]*)['"]?/;

/**
 * Every Flux object (`apiVersion: *.toolkit.fluxcd.io/*` with a `kind`) at the top level of a YAML document in the
 * seed's fenced code blocks: ```yaml blocks whole, and shell blocks' heredocs (`cat > f.yaml <<EOF … EOF`).
 */
export function extractFluxManifests(seed: string, text: string): SeedManifest[] {
  const out: SeedManifest[] = [];
  let block = 0;
  for (const { lang, body } of fencedBlocks(text)) {
    block += 1;
    const chunks = lang === 'yaml' || lang === 'yml' ? [body] : heredocs(body);
    let doc = 0;
    for (const chunk of chunks) {
      for (const d of parseAllDocuments(chunk)) {
        doc += 1;
        if (!('toJS' in d) || d.errors.length > 0) continue;
        const value = d.toJS() as unknown;
        if (isFluxObject(value)) out.push({ seed, block, doc, object: value });
      }
    }
  }
  return out;
}

function isFluxObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return typeof o.apiVersion === 'string' && /\.toolkit\.fluxcd\.io\//.test(o.apiVersion) && typeof o.kind === 'string';
}

function fencedBlocks(text: string): Array<{ lang: string; body: string }> {
  const blocks: Array<{ lang: string; body: string }> = [];
  let current: { lang: string; lines: string[]; indent: number } | undefined;
  for (const line of text.split('\n')) {
    const trimmed = line.trimStart();
    const m = FENCE.exec(trimmed);
    if (!current && m) current = { lang: (m[1] ?? '').toLowerCase(), lines: [], indent: line.length - trimmed.length };
    else if (current && trimmed.startsWith('```') && trimmed.trim() === '```') {
      blocks.push({ lang: current.lang, body: current.lines.join('\n') });
      current = undefined;
    } else if (current) current.lines.push(line.slice(Math.min(current.indent, line.length - line.trimStart().length)));
  }
  return blocks;
}

function heredocs(body: string): string[] {
  const out: string[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = HEREDOC.exec(lines[i] ?? '');
    if (!m) continue;
    const end = lines.findIndex((l, j) => j > i && l.trim() === m[1]);
    if (end < 0) continue;
    out.push(lines.slice(i + 1, end).join('\n'));
    i = end;
  }
  return out;
}

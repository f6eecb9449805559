/** An error of the `yaml` package: its code, message and where it starts (1-based line and column). */
export interface ParseErr {
  code: string;
  message: string;
  linePos?: Array<{ line: number; col: number }>;
}

/**
 * What go-yaml (libyaml) says for the YAML mistakes rendered templates make, in place of the `yaml` package's words,
 * as sigs.k8s.io/yaml passes it on ("error converting YAML to JSON: yaml: …"). go-yaml names a line as libyaml
 * reports it: a scanner error (a bad token) on its own 1-based line, a parser error (a token where the grammar wants
 * another) on the 0-based one, that is one line up; neither names the first line. Unmapped errors keep our parser's
 * text.
 */
export function libyamlWording(errors: ParseErr[], text: string): string {
  const lineOf = (e: ParseErr, end = false): number => (end ? e.linePos?.[e.linePos.length - 1]?.line : e.linePos?.[0]?.line) ?? 0;
  const spans = (e: ParseErr): boolean => lineOf(e, true) > lineOf(e, false);
  const say = (shown: number, msg: string): string => `error converting YAML to JSON: yaml: ${shown > 0 ? `line ${shown}: ` : ''}${msg}`;
  const scanner = (line: number, msg: string): string => say(line > 1 ? line : 0, msg);
  const parser = (line: number, msg: string): string => say(line - 1, msg);

  // An unclosed flow collection runs to the end, where libyaml's last token stands on a line of its own.
  const unclosed = errors.find((e) => e.code === 'BAD_INDENT' && /^Flow (sequence|map) in block collection/.test(e.message));
  if (unclosed) return parser(endLine(text), unclosed.message.startsWith('Flow map') ? "did not find expected ',' or '}'" : "did not find expected ',' or ']'");
  const sequenceAsKey = errors.find((e) => e.code === 'BLOCK_AS_IMPLICIT_KEY' && e.message.startsWith('A block sequence may not be used'));
  if (sequenceAsKey) return parser(lineOf(sequenceAsKey), 'did not find expected key');
  const mapping = errors.filter((e) => e.code === 'BLOCK_AS_IMPLICIT_KEY' || (e.code === 'MULTILINE_IMPLICIT_KEY' && spans(e)));
  if (mapping.length > 0) return scanner(Math.max(...mapping.map((e) => lineOf(e, true))), 'mapping values are not allowed in this context');
  const keys = errors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY');
  if (keys.length > 0) return scanner(Math.max(...keys.map((e) => lineOf(e, true))), "could not find expected ':'");
  const first = errors[0]!;
  const line = lineOf(first);
  const message = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (first.code) {
    case 'BAD_SCALAR_START':
      return scanner(line, 'found character that cannot start any token');
    case 'BAD_DQ_ESCAPE':
      return scanner(line, 'found unknown escape character');
    case 'MISSING_CHAR':
      if (/^Missing closing .?quote/.test(message)) return scanner(line, 'found unexpected end of stream');
      break;
    case 'BAD_INDENT':
      if (message.startsWith('All mapping items')) return parser(line, expectedInBlock(text, line));
      break;
    case 'UNEXPECTED_TOKEN':
      if (/^Unexpected (scalar at node end|flow-(seq|map)-end token)/.test(message)) return parser(line, expectedInBlock(text, line));
      break;
  }
  return scanner(line, message);
}

/**
 * The 1-based line libyaml stops at in an unclosed flow collection: the `:` of a last line that continues the line
 * before (a key spans one line), else the end-of-stream token, on a line after the text's last.
 */
function endLine(text: string): number {
  const lines = text.replace(/\n$/, '').split('\n');
  const last = lines.findLastIndex((l) => l.trim() !== '');
  const before = lines.slice(0, last).findLast((l) => l.trim() !== '') ?? '';
  // A plain scalar left open on the line before runs on into this one, and cannot be a key.
  if (last > 0 && /:(?:\s|$)/.test(lines[last]!) && !/[[{,]/.test(lines[last]!) && !/[[{,]\s*$/.test(before)) return last + 1;
  return lines.length + 1;
}

/**
 * libyaml's complaint about a stray token on `line` (1-based): a block sequence wanted its next `- ` item, anything
 * else (a block mapping, the document) its next key. A `- ` list written level with its parent key ("indentless") is
 * read by the mapping, which then wants a key.
 */
function expectedInBlock(text: string, line: number): string {
  const lines = text.split('\n');
  const indent = (s: string): number => s.length - s.trimStart().length;
  const meaningful = (s: string): boolean => s.trim() !== '' && !s.trimStart().startsWith('#');
  const at = lines[line - 1] ?? '';
  // The line holding the stray token belongs to the sequence it starts, or to one its level already runs.
  let item = at.trimStart().startsWith('- ') || at.trim() === '-' ? line - 1 : -1;
  for (let i = line - 2; item < 0 && i >= 0; i--) {
    if (!meaningful(lines[i]!)) continue;
    if (indent(lines[i]!) < indent(at)) break;
    if (indent(lines[i]!) === indent(at)) {
      if (lines[i]!.trimStart().startsWith('-')) item = i;
      else break;
    }
  }
  if (item < 0) return 'did not find expected key';
  const level = indent(lines[item]!);
  for (let i = item - 1; i >= 0; i--) {
    if (!meaningful(lines[i]!) || lines[i]!.trimStart().startsWith('-')) continue;
    if (indent(lines[i]!) < level) break;
    if (indent(lines[i]!) === level && /:\s*$/.test(lines[i]!)) return 'did not find expected key';
    if (indent(lines[i]!) === level) break;
  }
  return "did not find expected '-' indicator";
}

/** How go-yaml v2 (libyaml's emitter) writes a string scalar: style choice, quoting and folding at 80 columns. */

const bestWidth = 80;

const boolOrNull = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF',
  'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '', '~', 'null', 'Null', 'NULL',
  '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
]);
const yamlStyleFloat = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const goInt = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[1-9][0-9]*|0)$/;
const base60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const timestamp = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]| )[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]*)?(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?)?)?$/;

/** Whether go-yaml's resolver reads the plain text as something other than a string (so it must be quoted). */
export function resolvesToNonString(s: string): boolean {
  if (boolOrNull.has(s)) return true;
  const c = s[0]!;
  if (c === '.') return !Number.isNaN(Number(s)) && /^\.[0-9]/.test(s);
  if (!/[-+0-9]/.test(c)) return false;
  if (timestamp.test(s)) return true;
  const plain = s.replaceAll('_', '');
  if (goInt.test(plain)) return true;
  if (yamlStyleFloat.test(plain)) return true;
  return base60.test(s);
}

/** A scalar's layout context: column where it starts, indent of continuation lines, whether it is a mapping key. */
export interface ScalarContext {
  column: number;
  indent: number;
  simpleKey: boolean;
}

const isBreak = (c: string): boolean => c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';

function isPrintable(c: string): boolean {
  const p = c.codePointAt(0)!;
  return p === 0x0a || (p >= 0x20 && p <= 0x7e) || (p >= 0xa0 && p <= 0xd7ff) || (p >= 0xe000 && p <= 0xfffd && p !== 0xfeff);
}

interface Analysis {
  multiline: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

function analyze(value: string): Analysis {
  const chars = [...value];
  let blockIndicators = false;
  let special = false;
  let lineBreaks = false;
  let leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
  let breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false;
  if (value.startsWith('---') || value.startsWith('...')) blockIndicators = true;
  let precededByWs = true;
  const blankz = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t' || isBreak(c);
  let followedByWs = blankz(chars[1]);
  chars.forEach((c, i) => {
    const first = i === 0;
    const last = i === chars.length - 1;
    if (first) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) blockIndicators = true;
      if ((c === '?' || c === ':' || c === '-') && followedByWs) blockIndicators = true;
    } else {
      if (c === ':' && followedByWs) blockIndicators = true;
      if (c === '#' && precededByWs) blockIndicators = true;
    }
    if (!isPrintable(c)) special = true;
    if (isBreak(c)) lineBreaks = true;
    if (c === ' ') {
      if (first) leadingSpace = true;
      if (last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      if (first) leadingBreak = true;
      if (last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousBreak = true;
      previousSpace = false;
    } else {
      previousSpace = previousBreak = false;
    }
    precededByWs = blankz(c);
    followedByWs = blankz(chars[i + 2]);
  });
  const a: Analysis = { multiline: lineBreaks, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: true };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) a.blockPlainAllowed = false;
  if (trailingSpace) a.blockAllowed = false;
  if (breakSpace) a.blockPlainAllowed = a.singleQuotedAllowed = false;
  if (spaceBreak || special) a.blockPlainAllowed = a.singleQuotedAllowed = a.blockAllowed = false;
  if (lineBreaks) a.blockPlainAllowed = false;
  if (blockIndicators) a.blockPlainAllowed = false;
  return a;
}

/** Writes a string as go-yaml v2 would at the given position (the text excludes the preceding space). */
export function writeGoYamlString(value: string, ctx: ScalarContext): string {
  if (value === '') return '""';
  const a = analyze(value);
  let style: 'plain' | 'single' | 'double' | 'literal';
  if (value.includes('\n')) style = 'literal';
  else if (!resolvesToNonString(value)) style = 'plain';
  else style = 'double';
  if (style === 'plain' && !a.blockPlainAllowed) style = 'single';
  if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
  if (style === 'literal' && (!a.blockAllowed || ctx.simpleKey)) style = 'double';
  switch (style) {
    case 'plain': return folded(value, ctx, '', '');
    case 'single': return folded(value.replaceAll("'", "''"), ctx, "'", "'");
    case 'double': return doubleQuoted(value, ctx);
    case 'literal': return literal(value, ctx);
  }
}

/**
 * Plain and single-quoted scalars break at a single space once past column 80; after a line-break character
 * (U+2028/9 can reach a quoted scalar) libyaml indents the next line.
 */
function folded(value: string, ctx: ScalarContext, open: string, close: string): string {
  let out = open;
  let column = ctx.column + open.length;
  let spaces = false;
  let afterBreak = false;
  const chars = [...value];
  chars.forEach((c, i) => {
    if (isBreak(c)) {
      out += c;
      column = 0;
      afterBreak = true;
      return;
    }
    if (afterBreak) {
      out += ' '.repeat(ctx.indent);
      column = ctx.indent;
      afterBreak = false;
    }
    const quotedEdge = open !== '' && (i === 0 || i === chars.length - 1);
    if (c === ' ' && !ctx.simpleKey && !spaces && column > bestWidth && !quotedEdge && chars[i + 1] !== ' ') {
      out += '\n' + ' '.repeat(ctx.indent);
      column = ctx.indent;
      spaces = true;
      return;
    }
    spaces = c === ' ';
    out += c;
    column++;
  });
  return out + close;
}

const escapes: Record<string, string> = {
  '\0': '0', '\x07': 'a', '\b': 'b', '\t': 't', '\n': 'n', '\x0b': 'v', '\f': 'f', '\r': 'r', '\x1b': 'e',
  '"': '"', '\\': '\\', '\u0085': 'N', '\u00a0': '_', '\u2028': 'L', '\u2029': 'P',
};

function doubleQuoted(value: string, ctx: ScalarContext): string {
  let out = '"';
  let column = ctx.column + 1;
  let spaces = false;
  const chars = [...value];
  chars.forEach((c, i) => {
    const p = c.codePointAt(0)!;
    if (!isPrintable(c) || isBreak(c) || c === '"' || c === '\\' || p === 0xfeff) {
      const e = escapes[c];
      const text = e !== undefined ? `\\${e}`
        : p <= 0xff ? `\\x${hex(p, 2)}` : p <= 0xffff ? `\\u${hex(p, 4)}` : `\\U${hex(p, 8)}`;
      out += text;
      column += text.length;
      spaces = false;
    } else if (c === ' ') {
      if (!ctx.simpleKey && !spaces && column > bestWidth && i !== 0 && i !== chars.length - 1) {
        out += '\n' + ' '.repeat(ctx.indent);
        column = ctx.indent;
        if (chars[i + 1] === ' ') { out += '\\'; column++; }
      } else {
        out += c;
        column++;
      }
      spaces = true;
    } else {
      out += c;
      column++;
      spaces = false;
    }
  });
  return out + '"';
}

const hex = (n: number, width: number): string => n.toString(16).toUpperCase().padStart(width, '0');

function literal(value: string, ctx: ScalarContext): string {
  let hints = '|';
  if (value[0] === ' ' || isBreak(value[0]!)) hints += '2';
  const last = value[value.length - 1]!;
  if (!isBreak(last)) hints += '-';
  else if (value.length === 1 || isBreak(value[value.length - 2]!)) hints += '+';
  const pad = ' '.repeat(ctx.indent);
  const lines = value.split('\n').map((l) => (l === '' ? '' : pad + l));
  return `${hints}\n${lines.join('\n')}`;
}

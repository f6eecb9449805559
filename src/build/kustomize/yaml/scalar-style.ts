import { goTimestamp, parseGoInt } from './resolve-scalar.js';

/** How go-yaml writes a string scalar. */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

const V2_SPECIAL = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO',
  'false', 'False', 'FALSE', 'off', 'Off', 'OFF', '', '~', 'null', 'Null', 'NULL', '.nan', '.NaN', '.NAN',
  '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '<<',
]);
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** Whether go-yaml v2 would read this plain text as something other than a string (so it must be quoted). */
function resolvesToNonString(s: string): boolean {
  if (V2_SPECIAL.has(s)) return true;
  const c = s[0]!;
  if (c === '.') return /^\.[0-9]/.test(s) && !Number.isNaN(Number(s)) && s.trim() === s && /^[.0-9eE+-]+$/.test(s);
  if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
    if (goTimestamp(s) !== undefined) return true;
    const plain = s.replace(/_/g, '');
    if (parseGoInt(plain) !== undefined) return true;
    if (YAML_FLOAT.test(plain)) return true;
    if (/^-?0[bB][01]+$/.test(plain)) return true;
  }
  return BASE60.test(s);
}

const isBreak = (c: string): boolean => c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isBlankZ = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t' || isBreak(c) || c === '\0';

/** libyaml's is_printable over a code point. */
export function isPrintable(cp: number): boolean {
  return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff);
}

interface Analysis { blockPlain: boolean; single: boolean; block: boolean; multiline: boolean }

/** libyaml's yaml_emitter_analyze_scalar, reduced to what block-context emission needs. */
function analyze(value: string): Analysis {
  if (value.length === 0) return { blockPlain: true, single: true, block: false, multiline: false };
  let flowInd = false;
  let blockInd = false;
  if (value.startsWith('---') || value.startsWith('...')) { blockInd = true; flowInd = true; }
  let precededByWs = true;
  let special = false;
  let lineBreaks = false;
  let leadingSpace = false; let leadingBreak = false; let trailingSpace = false; let trailingBreak = false;
  let breakSpace = false; let spaceBreak = false; let prevSpace = false; let prevBreak = false;
  const chars = [...value];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const followedByWs = i + 1 >= chars.length || chars[i + 1] === ' ' || chars[i + 1] === '\t' || isBreak(chars[i + 1]!);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) { flowInd = true; blockInd = true; }
      else if (c === '?' || c === ':') { flowInd = true; if (followedByWs) blockInd = true; }
      else if (c === '-' && followedByWs) { flowInd = true; blockInd = true; }
    } else if (',?[]{}'.includes(c)) flowInd = true;
    else if (c === ':') { flowInd = true; if (followedByWs) blockInd = true; }
    else if (c === '#' && precededByWs) { flowInd = true; blockInd = true; }
    if (!isPrintable(c.codePointAt(0)!)) special = true;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === chars.length - 1) trailingSpace = true;
      if (prevBreak) breakSpace = true;
      prevSpace = true; prevBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === chars.length - 1) trailingBreak = true;
      if (prevSpace) spaceBreak = true;
      prevSpace = false; prevBreak = true;
    } else { prevSpace = false; prevBreak = false; }
    precededByWs = isBlankZ(c);
  }
  let blockPlain = true; let single = true; let block = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) blockPlain = false;
  if (trailingSpace) block = false;
  if (breakSpace) { blockPlain = false; single = false; }
  if (spaceBreak || special) { blockPlain = false; single = false; block = false; }
  if (lineBreaks) blockPlain = false;
  if (blockInd) blockPlain = false;
  void flowInd;
  return { blockPlain, single, block, multiline: lineBreaks };
}

const SIMPLE = /^[A-Za-z_/][A-Za-z0-9_./-]*$/;

/** The style go-yaml v2 picks for a string in block context (`isKey`: as a simple mapping key). */
export function stringStyle(s: string, isKey: boolean): ScalarStyle {
  // Fast path: a word with no indicator characters is plain unless YAML 1.1 would read it as bool/null.
  if (SIMPLE.test(s) && !V2_SPECIAL.has(s)) return 'plain';
  let style: ScalarStyle;
  if (s.includes('\n')) style = 'literal';
  else if (resolvesToNonString(s)) style = 'double';
  else style = 'plain';
  const a = analyze(s);
  if (isKey && a.multiline) style = 'double';
  if (style === 'plain') {
    if (!a.blockPlain) style = 'single';
    if (s.length === 0 && isKey) style = 'single';
  }
  if (style === 'single' && !a.single) style = 'double';
  if (style === 'literal' && (!a.block || isKey)) style = 'double';
  return style;
}

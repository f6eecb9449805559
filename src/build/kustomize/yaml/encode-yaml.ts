import type { JsonObject, JsonValue } from '../../../lib/strategic-merge/index.js';
import { compareGoYamlKeys } from '../../../lib/go-yaml-key-order.js';
import { formatGoNumber } from './format-go-number.js';
import { isPrintable, stringStyle } from './scalar-style.js';

const BEST_WIDTH = 80;

/** Output buffer that tracks the column like libyaml's emitter (in code points). */
const SURROGATE = /[\uD800-\uDFFF]/;

/** Length in code points (libyaml counts characters, not UTF-16 units). */
function cpLength(s: string): number {
  return SURROGATE.test(s) ? [...s].length : s.length;
}

class Out {
  text = '';
  column = 0;
  write(s: string): void {
    this.text += s;
    const nl = s.lastIndexOf('\n');
    this.column = nl < 0 ? this.column + cpLength(s) : cpLength(s.slice(nl + 1));
  }
  /** Newline then `indent` spaces. */
  indent(indent: number): void {
    this.text += '\n' + ' '.repeat(indent);
    this.column = indent;
  }
}

function escapeChar(c: string): string {
  const cp = c.codePointAt(0)!;
  const named: Record<number, string> = {
    0: '\\0', 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r', 27: '\\e', 0x22: '\\"',
    0x5c: '\\\\', 0x85: '\\N', 0xa0: '\\_', 0x2028: '\\L', 0x2029: '\\P',
  };
  if (named[cp] !== undefined) return named[cp]!;
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}

function writePlain(out: Out, s: string, indent: number, allowBreaks: boolean): void {
  if (!allowBreaks || !s.includes(' ') || out.column + cpLength(s) <= BEST_WIDTH) {
    out.write(s);
    return;
  }
  const chars = [...s];
  let spaces = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === ' ') {
      if (allowBreaks && !spaces && out.column > BEST_WIDTH && chars[i + 1] !== ' ') out.indent(indent);
      else out.write(c);
      spaces = true;
    } else { out.write(c); spaces = false; }
  }
}

function writeSingle(out: Out, s: string, indent: number, allowBreaks: boolean): void {
  if (!allowBreaks || !s.includes(' ') || out.column + cpLength(s) + 2 <= BEST_WIDTH) {
    out.write(`'${s.replace(/'/g, "''")}'`);
    return;
  }
  out.write("'");
  const chars = [...s];
  let spaces = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === ' ') {
      if (allowBreaks && !spaces && out.column > BEST_WIDTH && i !== 0 && i !== chars.length - 1 && chars[i + 1] !== ' ') out.indent(indent);
      else out.write(c);
      spaces = true;
    } else { out.write(c === "'" ? "''" : c); spaces = false; }
  }
  out.write("'");
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

function writeDouble(out: Out, s: string, indent: number, allowBreaks: boolean): void {
  if (PLAIN_ASCII.test(s) && !/["\\]/.test(s) && (!allowBreaks || !s.includes(' ') || out.column + s.length + 2 <= BEST_WIDTH)) {
    out.write(`"${s}"`);
    return;
  }
  out.write('"');
  const chars = [...s];
  let spaces = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const cp = c.codePointAt(0)!;
    if (!isPrintable(cp) || cp === 0xfeff || c === '\n' || c === '\r' || cp === 0x85 || cp === 0x2028 || cp === 0x2029 || c === '"' || c === '\\') {
      out.write(escapeChar(c));
      spaces = false;
    } else if (c === ' ') {
      if (allowBreaks && !spaces && out.column > BEST_WIDTH && i !== 0 && i !== chars.length - 1) {
        out.indent(indent);
        if (chars[i + 1] === ' ') out.write('\\');
      } else out.write(c);
      spaces = true;
    } else { out.write(c); spaces = false; }
  }
  out.write('"');
}

function writeLiteral(out: Out, s: string, indent: number): void {
  let hints = '|';
  if (s[0] === ' ' || s[0] === '\n') hints += '2';
  if (!s.endsWith('\n')) hints += '-';
  else if (s.length === 1 || s.endsWith('\n\n')) hints += '+';
  out.write(hints);
  const lines = s.split('\n');
  if (s.endsWith('\n')) lines.pop();
  for (const line of lines) {
    if (line === '') { out.text += '\n'; out.column = 0; continue; }
    out.indent(indent);
    out.write(line);
  }
  if (s.endsWith('\n')) { out.text += '\n'; out.column = 0; }
}

function writeString(out: Out, s: string, indent: number, isKey: boolean): void {
  const style = stringStyle(s, isKey);
  if (style === 'plain') writePlain(out, s, indent, !isKey);
  else if (style === 'single') writeSingle(out, s, indent, !isKey);
  else if (style === 'double') writeDouble(out, s, indent, !isKey);
  else writeLiteral(out, s, indent);
}

function writeScalar(out: Out, v: JsonValue, indent: number): void {
  if (v === null) out.write('null');
  else if (typeof v === 'boolean') out.write(v ? 'true' : 'false');
  else if (typeof v === 'number') out.write(formatGoNumber(v));
  else writeString(out, v as string, indent, false);
}

const isContainer = (v: JsonValue): v is JsonObject | JsonValue[] =>
  v !== null && typeof v === 'object' && (Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0);

/** Ends the current line unless nothing is on it (start of output, or after a clipped literal block). */
function endLine(out: Out): void {
  if (out.column !== 0) { out.text += '\n'; out.column = 0; }
}

function writeMap(out: Out, m: JsonObject, indent: number, inline: boolean): void {
  const keys = Object.keys(m).sort(compareGoYamlKeys);
  keys.forEach((k, i) => {
    if (i > 0 || !inline) { endLine(out); out.write(' '.repeat(indent)); }
    writeString(out, k, indent + 2, true);
    out.write(':');
    writeValue(out, m[k]!, indent, 'map');
  });
}

function writeSeq(out: Out, list: JsonValue[], indent: number, inline: boolean): void {
  list.forEach((item, i) => {
    if (i > 0 || !inline) { endLine(out); out.write(' '.repeat(indent)); }
    out.write('-');
    writeValue(out, item, indent, 'seq');
  });
}

/** Writes a value after `key:` (parent 'map', key at `indent`) or after `-` (parent 'seq', dash at `indent`). */
function writeValue(out: Out, v: JsonValue, indent: number, parent: 'map' | 'seq'): void {
  if (!isContainer(v)) {
    out.write(' ');
    if (v !== null && typeof v === 'object') out.write(Array.isArray(v) ? '[]' : '{}');
    else writeScalar(out, v, indent + 2);
    return;
  }
  if (Array.isArray(v)) {
    if (parent === 'map') writeSeq(out, v, indent, false);
    else { out.write(' '); writeSeq(out, v, indent + 2, true); }
    return;
  }
  if (parent === 'map') writeMap(out, v, indent + 2, false);
  else { out.write(' '); writeMap(out, v, indent + 2, true); }
}

/**
 * One YAML document in the style `kustomize build` prints (sigs.k8s.io/yaml over go-yaml v2): keys sorted, 2-space
 * indent, sequences inside mappings not indented, go-yaml's quoting and folding at 80 columns. Ends with a newline.
 */
export function encodeYamlDocument(v: JsonValue): string {
  const out = new Out();
  if (isContainer(v)) {
    if (Array.isArray(v)) writeSeq(out, v, 0, false);
    else writeMap(out, v, 0, false);
  } else if (v !== null && typeof v === 'object') out.write(Array.isArray(v) ? '[]' : '{}');
  else writeScalar(out, v, 0);
  endLine(out);
  return out.text;
}

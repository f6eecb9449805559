import type { JsonObject, JsonValue } from '../../../lib/strategic-merge/index.js';
import { resolvePlainScalar } from './resolve-scalar.js';

/** Turns the text of a plain scalar into its value. */
export type ScalarResolver = (text: string) => JsonValue;

/** Thrown when the text uses YAML the fast reader does not handle; the caller then uses the full parser. */
export class Unsupported extends Error {}

interface Line { indent: number; text: string; no: number }

const bail = (): never => { throw new Unsupported(); };

/** Removes a trailing ` # comment` outside quotes, and trailing spaces. */
function stripComment(s: string): string {
  let q: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (q) {
      if (c === q) {
        if (q === "'" && s[i + 1] === "'") { i++; continue; }
        q = undefined;
      } else if (c === '\\' && q === '"') i++;
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s[{,:-]/.test(s[i - 1]!)) q = c;
    } else if (c === '#' && (i === 0 || s[i - 1] === ' ')) return s.slice(0, i).trimEnd();
  }
  return s.trimEnd();
}

const ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/', '0': '\0', ' ': ' ', b: '\b', f: '\f', e: '\x1b', a: '\x07', v: '\v', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' };

/** Parses a quoted scalar starting at s[i]; returns the value and the index after the closing quote. */
function quoted(s: string, i: number): [string, number] {
  const q = s[i]!;
  let out = '';
  for (let j = i + 1; j < s.length; j++) {
    const c = s[j]!;
    if (q === "'") {
      if (c === "'") {
        if (s[j + 1] === "'") { out += "'"; j++; continue; }
        return [out, j + 1];
      }
      out += c;
    } else if (c === '"') return [out, j + 1];
    else if (c === '\\') {
      const e = s[++j];
      if (e === undefined) bail();
      if (e === 'x' || e === 'u' || e === 'U') {
        const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = s.slice(j + 1, j + 1 + n);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) bail();
        out += String.fromCodePoint(parseInt(hex, 16));
        j += n;
      } else if (ESC[e!] !== undefined) out += ESC[e!];
      else bail();
    } else out += c;
  }
  return bail();
}

/** A scalar or flow collection written on one line. */
function inlineValue(s: string, resolve: ScalarResolver): JsonValue {
  if (s === '') return null;
  const c = s[0]!;
  if (c === '"' || c === "'") {
    const [v, end] = quoted(s, 0);
    if (end !== s.length) bail();
    return v;
  }
  if (c === '[' || c === '{') {
    const [v, end] = flow(s, 0, resolve);
    if (s.slice(end).trim() !== '') bail();
    return v;
  }
  if ('&*!|>%@`?'.includes(c) || (c === '-' && (s.length === 1 || s[1] === ' '))) bail();
  if (s.includes(': ') || s.endsWith(':') || s.includes(' #') || s.includes('\t')) bail();
  return resolve(s);
}

function skipWs(s: string, i: number): number {
  while (s[i] === ' ') i++;
  return i;
}

/** A flow collection (`[a, b]`, `{k: v}`) that fits on one line. */
function flow(s: string, start: number, resolve: ScalarResolver): [JsonValue, number] {
  const open = s[start]!;
  const close = open === '[' ? ']' : '}';
  const list: JsonValue[] = [];
  const map: JsonObject = {};
  let i = skipWs(s, start + 1);
  if (s[i] === close) return [open === '[' ? list : map, i + 1];
  for (;;) {
    let key: string | undefined;
    let value: JsonValue;
    [value, i] = flowItem(s, i, close, resolve);
    i = skipWs(s, i);
    if (s[i] === ':' && open === '{') {
      if (typeof value === 'object' && value !== null) bail();
      key = value === null ? 'null' : String(value);
      i = skipWs(s, i + 1);
      if (s[i] === ',' || s[i] === close) value = null;
      else { [value, i] = flowItem(s, i, close, resolve); i = skipWs(s, i); }
    } else if (open === '{') bail();
    if (open === '[') list.push(value);
    else {
      if (Object.prototype.hasOwnProperty.call(map, key!)) bail();
      map[key!] = value;
    }
    if (s[i] === ',') { i = skipWs(s, i + 1); if (s[i] === close) return [open === '[' ? list : map, i + 1]; continue; }
    if (s[i] === close) return [open === '[' ? list : map, i + 1];
    return bail();
  }
}

function flowItem(s: string, i: number, close: string, resolve: ScalarResolver): [JsonValue, number] {
  const c = s[i];
  if (c === undefined) bail();
  if (c === '[' || c === '{') return flow(s, i, resolve);
  if (c === '"' || c === "'") return quoted(s, i);
  if ('&*!|>%@`?#'.includes(c!)) bail();
  let j = i;
  while (j < s.length && s[j] !== ',' && s[j] !== close && !(s[j] === ':' && (s[j + 1] === ' ' || s[j + 1] === ',' || s[j + 1] === close))) {
    if (s[j] === '[' || s[j] === ']' || s[j] === '{' || s[j] === '}') bail();
    j++;
  }
  const text = s.slice(i, j).trimEnd();
  if (text === '') bail();
  return [resolve(text), j];
}

class Reader {
  pos = 0;
  /** The rest of a `- ` line re-read as a line of its own (the first entry of an item's map or list). */
  private pushed: Line | undefined;
  private last: Line | undefined;
  constructor(readonly lines: Line[], readonly raw: string[], readonly resolve: ScalarResolver) {}
  peek(): Line | undefined { return this.pushed ?? this.lines[this.pos]; }
  advance(): Line {
    const l = this.pushed ?? this.lines[this.pos++]!;
    this.pushed = undefined;
    this.last = l;
    return l;
  }
  get done(): boolean { return this.pushed === undefined && this.pos >= this.lines.length; }

  /** A block node whose lines are indented at least `min`; `first` is the rest of the current line if any. */
  node(min: number): JsonValue {
    const l = this.peek();
    if (!l || l.indent < min) return null;
    if (l.text === '-' || l.text.startsWith('- ')) return this.seq(l.indent);
    return this.map(l.indent);
  }

  seq(indent: number): JsonValue[] {
    const out: JsonValue[] = [];
    for (let l = this.peek(); l && l.indent === indent && (l.text === '-' || l.text.startsWith('- ')); l = this.peek()) {
      this.advance();
      const rest = l.text === '-' ? '' : l.text.slice(2).replace(/^ +/, '');
      if (rest === '') { out.push(this.node(indent + 1)); continue; }
      const restIndent = indent + (l.text.length - rest.length);
      out.push(this.inlineOrNested(rest, restIndent, l, indent));
    }
    const l = this.peek();
    if (l && l.indent > indent) bail();
    return out;
  }

  /** Content after `- `: a scalar, or the first entry of a mapping / sequence continuing below. */
  inlineOrNested(rest: string, restIndent: number, l: Line, parentIndent: number): JsonValue {
    if (rest === '-' || rest.startsWith('- ')) {
      this.pushed = { indent: restIndent, text: rest, no: l.no };
      return this.seq(restIndent);
    }
    if (this.isKeyLine(rest)) {
      this.pushed = { indent: restIndent, text: rest, no: l.no };
      return this.map(restIndent);
    }
    if (rest[0] === '|' || rest[0] === '>') return this.block(rest, parentIndent);
    return inlineValue(rest, this.resolve);
  }

  isKeyLine(t: string): boolean {
    if (t[0] === '"' || t[0] === "'") {
      const [, end] = quoted(t, 0);
      return t[end] === ':' && (t.length === end + 1 || t[end + 1] === ' ');
    }
    if (t[0] === '[' || t[0] === '{') return false;
    const i = t.indexOf(': ');
    return i > 0 || t.endsWith(':');
  }

  map(indent: number): JsonObject {
    const out: JsonObject = {};
    for (let l = this.peek(); l && l.indent === indent; l = this.peek()) {
      if (l.text === '-' || l.text.startsWith('- ')) break;
      this.advance();
      const t = l.text;
      let key: string;
      let i: number;
      if (t[0] === '"' || t[0] === "'") {
        [key, i] = quoted(t, 0);
        if (t[i] !== ':') bail();
      } else {
        if ('?&*!|>%@`[{,#'.includes(t[0]!) || (t[0] === '-' && t[1] === ' ')) bail();
        i = t.indexOf(': ');
        if (i < 0) { if (!t.endsWith(':')) bail(); i = t.length - 1; }
        const raw = t.slice(0, i).trimEnd();
        if (raw.includes(' #') || raw === '<<') bail();
        const v = this.resolve(raw);
        key = v === null ? 'null' : String(v);
      }
      const rest = t.slice(i + 1).replace(/^ +/, '');
      let value: JsonValue;
      if (rest === '') {
        const next = this.peek();
        if (next && next.indent === indent && (next.text === '-' || next.text.startsWith('- '))) value = this.seq(indent);
        else value = this.node(indent + 1);
      } else if (rest[0] === '|' || rest[0] === '>') value = this.block(rest, indent);
      else value = inlineValue(rest, this.resolve);
      if (Object.prototype.hasOwnProperty.call(out, key)) bail();
      out[key] = value;
    }
    const l = this.peek();
    if (l && l.indent > indent) bail();
    return out;
  }

  /** A literal block scalar (`|`, `|-`, `|+`); folded scalars and explicit indentation go to the full parser. */
  block(header: string, parentIndent: number): string {
    const m = /^\|([-+]?)$/.exec(header);
    if (!m) return bail();
    const lineNo = this.last!.no;
    let contentIndent = -1;
    const body: string[] = [];
    let k = lineNo + 1;
    for (; k < this.raw.length; k++) {
      const r = this.raw[k]!;
      if (r.trim() === '') {
        if (contentIndent >= 0 && r.length > contentIndent) bail();
        body.push('');
        continue;
      }
      const ind = r.length - r.trimStart().length;
      if (contentIndent < 0) {
        if (ind <= parentIndent) break;
        if (r.slice(0, ind).includes('\t')) bail();
        contentIndent = ind;
      }
      if (ind < contentIndent) break;
      body.push(r.slice(contentIndent));
    }
    while (this.pos < this.lines.length && this.lines[this.pos]!.no < k) this.pos++;
    let trailing = 0;
    while (body.length && body[body.length - 1] === '') { body.pop(); trailing++; }
    let text = body.join('\n');
    if (m[1] === '-') return text;
    if (text === '' && trailing === 0) return '';
    text += '\n';
    if (m[1] === '+') text += '\n'.repeat(trailing);
    return text;
  }
}

/**
 * A fast reader for the plain block YAML most manifests are written in (block maps and lists, one-line scalars and
 * flow collections, literal blocks, comments). Throws Unsupported for anything else (anchors, tags, folded or
 * multi-line scalars, odd indentation), so the full parser can take over.
 */
export function fastYamlDocuments(text: string, resolve: ScalarResolver = resolvePlainScalar): Array<{ value: JsonValue; line: number }> {
  if (text.includes('\t') || text.includes('\r')) bail();
  const raw = text.split('\n');
  const docs: Array<{ value: JsonValue; line: number }> = [];
  let lines: Line[] = [];
  let startLine = 1;
  const flush = (): void => {
    if (lines.length === 0) return;
    const r = new Reader(lines, raw, resolve);
    const first = lines[0]!;
    const value = r.node(first.indent);
    if (!r.done) bail();
    docs.push({ value, line: first.no + 1 });
    lines = [];
  };
  for (let n = 0; n < raw.length; n++) {
    const full = raw[n]!;
    if (full.startsWith('---') && (full.length === 3 || full[3] === ' ')) {
      if (full.slice(3).trim() !== '' && !full.slice(3).trim().startsWith('#')) bail();
      flush();
      startLine = n + 2;
      continue;
    }
    if (full === '...' || full.startsWith('%')) bail();
    const trimmed = full.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indent = full.length - trimmed.length;
    lines.push({ indent, text: stripComment(trimmed), no: n });
  }
  void startLine;
  flush();
  return docs;
}

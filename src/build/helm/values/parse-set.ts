import { SetParseError } from './set-parse-error.js';

/** Helm's `--set` syntax (pkg/strvals): `a.b=c,list[0]=x,l={a,b}`, `\` escapes, typed values unless `--set-string`. */

const EOF_ = Symbol('eof');
const notList = Symbol('not a list');
const maxIndex = 65536;
const maxNestedNameLevel = 30;

type Stop = string | typeof EOF_;
type Reader = (runes: string[]) => unknown;

class Scanner {
  pos = 0;
  constructor(readonly runes: string[]) {}
  read(): string | typeof EOF_ {
    return this.pos < this.runes.length ? this.runes[this.pos++]! : EOF_;
  }
  unread(): void {
    this.pos--;
  }
  /** Runes up to (not including) one of `stop`, with `\x` read as a literal `x`. */
  until(stop: string): { v: string[]; last: Stop } {
    const v: string[] = [];
    for (;;) {
      const r = this.read();
      if (r === EOF_) return { v, last: EOF_ };
      if (stop.includes(r)) return { v, last: r };
      if (r === '\\') {
        const next = this.read();
        if (next === EOF_) return { v, last: EOF_ };
        v.push(next);
      } else v.push(r);
    }
  }
}

/** Helm's typedVal: true/false/null (any case), base-10 int64 without a leading zero, else the string. */
export function typedSetValue(p: string): unknown {
  const lower = p.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  if (p === '0') return 0n;
  if (p !== '' && p[0] !== '0' && /^[-+]?\d+$/.test(p)) {
    const n = BigInt(p);
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return n;
  }
  return p;
}

/** Parses one `--set` (or `--set-string` when `asString`) argument into `dest`, as strvals.ParseInto. */
export function parseSetInto(s: string, dest: Record<string, unknown>, asString = false): void {
  const reader: Reader = asString ? (rs) => rs.join('') : (rs) => typedSetValue(rs.join(''));
  run(new SetParser(new Scanner([...s]), reader), dest);
}

/** `--set-file key=path`: each value is the named file's content, read with `readFile` (strvals.ParseIntoFile). */
export function parseSetFileInto(s: string, dest: Record<string, unknown>, readFile: (path: string) => string): void {
  run(new SetParser(new Scanner([...s]), (rs) => readFile(rs.join(''))), dest);
}

/** `--set-json key=<json>`: each value is one JSON document, numbers as float64 (strvals.ParseJSON). */
export function parseSetJsonInto(s: string, dest: Record<string, unknown>): void {
  run(new SetParser(new Scanner([...s]), (rs) => rs.join(''), true), dest);
}

function run(p: SetParser, dest: Record<string, unknown>): void {
  for (;;) {
    const r = p.key(dest, 0);
    if (r === EOF_) return;
  }
}

class SetParser {
  constructor(private readonly sc: Scanner, private readonly reader: Reader, private readonly json = false) {}

  /** JSON mode: a blank value (or a lone comma) is null, else one JSON document is consumed, then blanks and a comma. */
  private jsonValue(): { value: unknown } | typeof EOF_ | undefined {
    if (this.emptyVal()) return { value: null };
    const rest = this.sc.runes.slice(this.sc.pos).join('');
    const end = jsonEnd(rest);
    let value: unknown;
    try {
      value = JSON.parse(rest.slice(0, end));
    } catch (err) {
      throw new SetParseError((err as Error).message);
    }
    this.sc.pos += [...rest.slice(0, end)].length;
    this.emptyVal();
    return { value };
  }

  private emptyVal(): boolean {
    for (;;) {
      const r = this.sc.read();
      if (r === EOF_) return true;
      if (r === ',') return true;
      if (!/\s/.test(r)) { this.sc.unread(); return false; }
    }
  }

  key(data: Record<string, unknown>, level: number): typeof EOF_ | undefined {
    const { v, last } = this.sc.until('=[,.');
    const k = v.join('');
    if (last === EOF_) {
      if (k.length === 0) return EOF_;
      throw new SetParseError(`key "${k}" has no value`);
    }
    if (last === '[') {
      const i = this.keyIndex();
      const existing = data[k];
      let list: unknown[] = [];
      if (existing !== undefined) {
        if (!Array.isArray(existing)) throw new SetParseError(`unable to parse key: interface conversion: interface {} is ${goTypeName(existing)}, not []interface {}`);
        list = existing;
      }
      const res = this.listItem(list, i, level);
      set(data, k, res.list);
      return res.eof;
    }
    if (last === '=') {
      if (this.json) { set(data, k, (this.jsonValue() as { value: unknown }).value); return undefined; }
      const vl = this.valList();
      if (vl === EOF_) { set(data, k, ''); return EOF_; }
      if (vl !== notList) { set(data, k, vl); return undefined; }
      const val = this.sc.until(',');
      set(data, k, this.reader(val.v));
      return val.last === EOF_ ? EOF_ : undefined;
    }
    if (last === ',') {
      set(data, k, '');
      throw new SetParseError(`key "${k}" has no value (cannot end with ,)`);
    }
    if (level + 1 > maxNestedNameLevel) {
      throw new SetParseError(`value name nested level is greater than maximum supported nested level of ${maxNestedNameLevel}`);
    }
    let inner: Record<string, unknown> = {};
    const existing = data[k];
    if (existing !== undefined) {
      if (!isMap(existing)) throw new SetParseError(`unable to parse key: interface conversion: interface {} is ${goTypeName(existing)}, not map[string]interface {}`);
      inner = existing;
    }
    const e = this.key(inner, level + 1);
    if (e === undefined && Object.keys(inner).length === 0) throw new SetParseError(`key map "${k}" has no value`);
    if (Object.keys(inner).length !== 0) set(data, k, inner);
    return e;
  }

  private keyIndex(): number {
    const { v, last } = this.sc.until(']');
    if (last === EOF_) throw new SetParseError('error parsing index: EOF');
    const text = v.join('');
    if (!/^[-+]?\d+$/.test(text)) throw new SetParseError(`error parsing index: strconv.Atoi: parsing ${JSON.stringify(text)}: invalid syntax`);
    return Number(text);
  }

  private listItem(list: unknown[], i: number, level: number): { list: unknown[]; eof: typeof EOF_ | undefined } {
    if (i < 0) throw new SetParseError(`negative ${i} index not allowed`);
    const { v, last } = this.sc.until('[.=');
    if (v.length > 0) throw new SetParseError(`unexpected data at end of array index: "${v.join('')}"`);
    if (last === EOF_) return { list, eof: EOF_ };
    if (last === '=') {
      if (this.json) return { list: setIndex(list, i, (this.jsonValue() as { value: unknown }).value), eof: undefined };
      const vl = this.valList();
      if (vl === EOF_) return { list: setIndex(list, i, ''), eof: undefined };
      if (vl !== notList) return { list: setIndex(list, i, vl), eof: undefined };
      const val = this.sc.until(',');
      return { list: setIndex(list, i, this.reader(val.v)), eof: val.last === EOF_ ? EOF_ : undefined };
    }
    if (last === '[') {
      const next = this.keyIndex();
      const existing = list.length > i ? list[i] : undefined;
      const crt = Array.isArray(existing) ? existing : [];
      const inner = this.listItem(crt, next, level);
      return { list: setIndex(list, i, inner.list), eof: inner.eof };
    }
    let inner: Record<string, unknown> = {};
    if (list.length > i) {
      if (isMap(list[i])) inner = list[i] as Record<string, unknown>;
      else list[i] = inner;
    }
    const e = this.key(inner, level);
    return { list: setIndex(list, i, inner), eof: e };
  }

  /** A `{a,b}` list value, or `notList` when the value does not start with `{`. */
  private valList(): unknown[] | typeof EOF_ | typeof notList {
    const r = this.sc.read();
    if (r === EOF_) return EOF_;
    if (r !== '{') { this.sc.unread(); return notList; }
    const list: unknown[] = [];
    for (;;) {
      const { v, last } = this.sc.until(',}');
      if (last === EOF_) throw new SetParseError("list must terminate with '}'");
      list.push(this.reader(v));
      if (last === '}') {
        const after = this.sc.read();
        if (after !== EOF_ && after !== ',') this.sc.unread();
        return list;
      }
    }
  }
}

function set(data: Record<string, unknown>, key: string, val: unknown): void {
  if (key.length === 0) return;
  data[key] = val;
}

function setIndex(list: unknown[], index: number, val: unknown): unknown[] {
  if (index < 0) throw new SetParseError(`negative ${index} index not allowed`);
  if (index > maxIndex) throw new SetParseError(`index of ${index} is greater than maximum supported index of ${maxIndex}`);
  while (list.length <= index) list.push(null);
  list[index] = val;
  return list;
}

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function goTypeName(v: unknown): string {
  if (Array.isArray(v)) return '[]interface {}';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int64';
  if (typeof v === 'number') return 'float64';
  if (v === null) return 'nil';
  return 'map[string]interface {}';
}

/** Length of the first JSON value in `s` (leading blanks included), as Go's json.Decoder consumes it. */
function jsonEnd(s: string): number {
  let i = 0;
  while (i < s.length && /\s/.test(s[i]!)) i++;
  let depth = 0;
  let inString = false;
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') { inString = false; if (depth === 0) return i + 1; }
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') { depth--; if (depth === 0) return i + 1; }
    else if (depth === 0 && /[\s,\]}]/.test(c)) return i;
  }
  return s.length;
}

/**
 * `--set-literal key=value`: the value is everything after the first `=`, verbatim (no commas, escapes or types);
 * the key still nests with `.` and `[i]` (strvals.ParseLiteralInto).
 */
export function parseSetLiteralInto(s: string, dest: Record<string, unknown>): void {
  const eq = s.search(/[=]/);
  const keyPart = eq < 0 ? s : s.slice(0, eq);
  if (eq < 0) throw new SetParseError(`key "${keyPart.split(/[.[]/).pop()}" has no value`);
  const path = keyPart.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  let cur: Record<string, unknown> | unknown[] = dest;
  path.forEach((step, n) => {
    const last = n === path.length - 1;
    const next = path[n + 1];
    const make = (): unknown => (last ? s.slice(eq + 1) : next!.startsWith('[') ? [] : {});
    if (step.startsWith('[')) {
      const i = Number(step.slice(1, -1));
      const list = cur as unknown[];
      while (list.length <= i) list.push(null);
      if (last || list[i] === null || typeof list[i] !== 'object') list[i] = make();
      cur = list[i] as Record<string, unknown>;
    } else {
      const map = cur as Record<string, unknown>;
      if (last || map[step] === undefined || typeof map[step] !== 'object' || map[step] === null) map[step] = make();
      cur = map[step] as Record<string, unknown>;
    }
  });
}

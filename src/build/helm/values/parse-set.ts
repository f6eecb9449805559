import { SetParseError } from './set-parse-error.js';
/** Helm's `--set` syntax (pkg/strvals): `a.b=c,list[0]=x,l={a,b}`, `\` escapes, typed values unless `--set-string`. */

const EOF_ = Symbol('eof');
const notList = Symbol('not a list');
const maxIndex = 65536;
const maxNestedNameLevel = 30;

type Stop = string | typeof EOF_;
type Reader = (runes: string[]) => unknown;

class Scanner {
  private pos = 0;
  constructor(private readonly runes: string[]) {}
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
  const p = new SetParser(new Scanner([...s]), reader);
  for (;;) {
    const r = p.key(dest, 0);
    if (r === EOF_) return;
  }
}

class SetParser {
  constructor(private readonly sc: Scanner, private readonly reader: Reader) {}

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

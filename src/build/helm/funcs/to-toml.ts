import { formatFloat } from '../../gotemplate/index.js';
const isTable = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array);
const isTableArray = (v: unknown): v is Array<Record<string, unknown>> => Array.isArray(v) && v.length > 0 && v.every(isTable);

/** Helm's toToml (BurntSushi/toml's encoder): plain keys first, then `[tables]` indented by depth; errors as text. */
export function toToml(v: unknown): string {
  if (!isTable(v)) return 'toml: top-level values must be Go maps or structs';
  const enc = new Encoder();
  try {
    enc.table([], v);
  } catch (err) {
    return (err as Error).message;
  }
  return enc.out;
}

class Encoder {
  out = '';
  private written = false;
  private w(s: string): void {
    this.out += s;
    this.written = true;
  }
  private newline(): void {
    if (this.written) this.out += '\n';
  }

  table(key: string[], m: Record<string, unknown>): void {
    const entries = Object.entries(m).filter(([, v]) => v !== null && v !== undefined && typeof v !== 'function');
    const direct = entries.filter(([, v]) => !isTable(v) && !isTableArray(v)).sort(byKey);
    const sub = entries.filter(([, v]) => isTable(v) || isTableArray(v)).sort(byKey);
    const indent = '  '.repeat(Math.max(0, key.length));
    for (const [k, v] of direct) {
      this.w(`${indent}${quoteKey(k)} = ${value(v)}`);
      this.newline();
    }
    for (const [k, v] of sub) {
      const path = [...key, k];
      const header = path.map(quoteKey).join('.');
      const hIndent = '  '.repeat(path.length - 1);
      if (isTable(v)) {
        if (path.length === 1) this.newline();
        this.w(`${hIndent}[${header}]`);
        this.newline();
        this.table(path, v);
      } else {
        for (const item of v as Array<Record<string, unknown>>) {
          this.newline();
          this.w(`${hIndent}[[${header}]]`);
          this.newline();
          this.table(path, item);
        }
      }
    }
  }
}

const byKey = ([a]: [string, unknown], [b]: [string, unknown]): number => (a < b ? -1 : a > b ? 1 : 0);

const quoteKey = (k: string): string => (/^[A-Za-z0-9_-]+$/.test(k) ? k : tomlString(k));

const tomlEscapes: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

function tomlString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += tomlEscapes[ch] ?? (c < 0x20 || c === 0x7f ? `\\u${c.toString(16).toUpperCase().padStart(4, '0')}` : ch);
  }
  return `${out}"`;
}

function value(v: unknown): string {
  if (typeof v === 'string') return tomlString(v);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'nan';
    if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
    // BurntSushi/toml: strconv.FormatFloat(f, 'f', -1, 64), ".0" added to a whole number (so -0 is "-0.0").
    const f = formatFloat(v, 'f', -1);
    return f.includes('.') ? f : `${f}.0`;
  }
  if (Array.isArray(v)) return `[${v.filter((x) => x !== null && x !== undefined).map(value).join(', ')}]`;
  if (isTable(v)) {
    const inner = Object.entries(v).filter(([, x]) => x !== null && x !== undefined).sort(byKey).map(([k, x]) => `${quoteKey(k)} = ${value(x)}`);
    return `{${inner.join(', ')}}`;
  }
  throw new Error(`toml: cannot encode a value of type ${typeof v}`);
}

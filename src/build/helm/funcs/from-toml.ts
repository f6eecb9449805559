/**
 * Helm's fromToml for the TOML charts use in practice: `key = value` lines, `[table]` and `[[array]]` headers,
 * dotted and quoted keys, strings, integers (Go int64), floats, booleans, inline arrays and tables.
 * A document it cannot read yields `{Error: message}` as Helm's does.
 */
export function fromToml(text: string): Record<string, unknown> {
  try {
    return parseToml(text);
  } catch (err) {
    return { Error: `toml: ${(err as Error).message}` };
  }
}

function parseToml(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let current = root;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = stripComment(raw).trim();
    if (line === '') return;
    const arr = /^\[\[(.+)\]\]$/.exec(line);
    const tbl = /^\[(.+)\]$/.exec(line);
    if (arr) {
      const path = splitKey(arr[1]!);
      const parent = walk(root, path.slice(0, -1));
      const last = path[path.length - 1]!;
      const list = (parent[last] ??= []) as unknown[];
      if (!Array.isArray(list)) throw new Error(`line ${i + 1}: key ${last} is not an array`);
      current = {};
      list.push(current);
      return;
    }
    if (tbl) { current = walk(root, splitKey(tbl[1]!)); return; }
    const eq = findEquals(line);
    if (eq < 0) throw new Error(`line ${i + 1}: expected '=' after a key`);
    const path = splitKey(line.slice(0, eq));
    const p = new ValueParser(line.slice(eq + 1).trim(), i + 1);
    const v = p.value();
    p.end();
    walk(current, path.slice(0, -1))[path[path.length - 1]!] = v;
  });
  return root;
}

function walk(from: Record<string, unknown>, path: string[]): Record<string, unknown> {
  let cur = from;
  for (const k of path) {
    const next = cur[k] ?? (cur[k] = {});
    if (Array.isArray(next)) cur = next[next.length - 1] as Record<string, unknown>;
    else if (typeof next === 'object' && next !== null) cur = next as Record<string, unknown>;
    else throw new Error(`key ${k} is not a table`);
  }
  return cur;
}

function stripComment(line: string): string {
  let q: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q) { if (c === '\\' && q === '"') i++; else if (c === q) q = undefined; }
    else if (c === '"' || c === "'") q = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

function findEquals(line: string): number {
  let q: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q) { if (c === q) q = undefined; } else if (c === '"' || c === "'") q = c; else if (c === '=') return i;
  }
  return -1;
}

function splitKey(k: string): string[] {
  const out: string[] = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(\.|$)/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(k)) !== null) {
    out.push(m[1] !== undefined ? JSON.parse(`"${m[1]}"`) as string : (m[2] ?? m[3]!));
    if (m[4] === '') break;
  }
  if (out.length === 0) throw new Error(`invalid key ${JSON.stringify(k.trim())}`);
  return out;
}

class ValueParser {
  private i = 0;
  constructor(private readonly s: string, private readonly line: number) {}
  private ws(): void { while (this.s[this.i] === ' ' || this.s[this.i] === '\t') this.i++; }
  end(): void {
    this.ws();
    if (this.i < this.s.length) throw new Error(`line ${this.line}: unexpected ${JSON.stringify(this.s.slice(this.i))}`);
  }
  value(): unknown {
    this.ws();
    const c = this.s[this.i];
    if (c === undefined) throw new Error(`line ${this.line}: unexpected EOF; expected value`);
    if (c === '"') return this.basicString();
    if (c === "'") { const end = this.s.indexOf("'", this.i + 1); const v = this.s.slice(this.i + 1, end); this.i = end + 1; return v; }
    if (c === '[') return this.array();
    if (c === '{') return this.inline();
    const m = /^[^,\]}\s]+/.exec(this.s.slice(this.i));
    const tok = m![0];
    this.i += tok.length;
    if (tok === 'true') return true;
    if (tok === 'false') return false;
    const clean = tok.replaceAll('_', '');
    if (/^[-+]?(0|[1-9]\d*)$/.test(clean)) return BigInt(clean);
    if (/^0x[0-9a-fA-F]+$|^0o[0-7]+$|^0b[01]+$/.test(clean)) return BigInt(clean);
    if (/^[-+]?(\d+)(\.\d+)?([eE][-+]?\d+)?$/.test(clean) || /^[-+]?(inf|nan)$/.test(clean)) {
      return clean.endsWith('inf') ? (clean.startsWith('-') ? -Infinity : Infinity) : clean.endsWith('nan') ? NaN : Number(clean);
    }
    return tok;
  }
  private basicString(): string {
    let j = this.i + 1;
    while (j < this.s.length && this.s[j] !== '"') j += this.s[j] === '\\' ? 2 : 1;
    const v = JSON.parse(this.s.slice(this.i, j + 1)) as string;
    this.i = j + 1;
    return v;
  }
  private array(): unknown[] {
    this.i++;
    const out: unknown[] = [];
    for (;;) {
      this.ws();
      if (this.s[this.i] === ']') { this.i++; return out; }
      out.push(this.value());
      this.ws();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== ']') throw new Error(`line ${this.line}: expected a comma or array terminator`);
    }
  }
  private inline(): Record<string, unknown> {
    this.i++;
    const out: Record<string, unknown> = {};
    for (;;) {
      this.ws();
      if (this.s[this.i] === '}') { this.i++; return out; }
      const eq = this.s.indexOf('=', this.i);
      const key = splitKey(this.s.slice(this.i, eq));
      this.i = eq + 1;
      walk(out, key.slice(0, -1))[key[key.length - 1]!] = this.value();
      this.ws();
      if (this.s[this.i] === ',') this.i++;
    }
  }
}

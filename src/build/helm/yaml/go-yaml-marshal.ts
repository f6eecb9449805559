import { goFloatG, toJsonTree, type JsonNode } from './go-json.js';
import { GoJsonError } from './go-json-error.js';
import { writeGoYamlString } from './go-yaml-scalar.js';
import { compareGoYamlKeys } from '../../../lib/go-yaml-key-order.js';

/**
 * sigs.k8s.io/yaml's Marshal as Helm's toYaml uses it: the value goes through encoding/json (sorted keys, float64
 * text) and out through go-yaml v2 (block style, unindented sequences in mappings, 80-column folding).
 * The result ends with a newline; throws GoJsonError for values JSON refuses.
 */
export function goYamlMarshal(value: unknown, opts: { indentSequences?: boolean } = {}): string {
  const out = new Out(opts.indentSequences === true);
  let tree = toJsonTree(value);
  if (!opts.indentSequences) tree = readBack(tree);
  writeNode(out, tree, -1, 'top');
  out.endLine();
  return out.text;
}

class Out {
  private parts: string[] = [];
  /** Column of the next character, counted in code points as libyaml does. */
  column = 0;
  private atLineStart = true;
  constructor(readonly indentSequences: boolean) {}
  get text(): string {
    return this.parts.join('');
  }
  write(s: string): void {
    if (s === '') return;
    this.parts.push(s);
    const nl = s.lastIndexOf('\n');
    const tail = nl < 0 ? s : s.slice(nl + 1);
    let n = 0;
    for (const _ of tail) n++;
    this.column = nl < 0 ? this.column + n : n;
    this.atLineStart = s.endsWith('\n');
  }
  endLine(): void {
    if (this.parts.length > 0 && !this.atLineStart) this.write('\n');
  }
}

type Place = 'top' | 'value' | 'item';

const isCollection = (n: JsonNode): n is JsonNode[] | { entries: Array<[string, JsonNode]> } =>
  n !== null && typeof n === 'object' && (Array.isArray(n) || 'entries' in n);
const isEmpty = (n: JsonNode): boolean => (Array.isArray(n) ? n.length === 0 : isCollection(n) && n.entries.length === 0);

/** Writes a node whose prefix ("key:", "- " or nothing) is already out; `indent` is the parent collection's. */
function writeNode(out: Out, n: JsonNode, indent: number, place: Place): void {
  if (isCollection(n) && !isEmpty(n)) {
    if (Array.isArray(n)) {
      const seqIndent = place === 'top' ? 0 : place === 'value' && !out.indentSequences ? indent : indent + 2;
      if (place === 'value') out.endLine();
      n.forEach((item, i) => {
        if (i > 0 || place !== 'item') out.write(' '.repeat(seqIndent));
        out.write('-');
        writeChild(out, item, seqIndent, 'item');
        out.endLine();
      });
    } else {
      const mapIndent = place === 'top' ? 0 : indent + 2;
      if (place === 'value') out.endLine();
      [...n.entries].sort(([a], [b]) => compareGoYamlKeys(a, b)).forEach(([k, v], i) => {
        if (i > 0 || place !== 'item') out.write(' '.repeat(mapIndent));
        out.write(writeGoYamlString(k, { column: out.column, indent: mapIndent + 2, simpleKey: true }));
        out.write(':');
        writeChild(out, v, mapIndent, 'value');
        out.endLine();
      });
    }
    return;
  }
  const scalarIndent = indent < 0 ? 2 : indent + 2;
  out.write(scalarText(n, out.column, scalarIndent, out.indentSequences));
}

function writeChild(out: Out, n: JsonNode, indent: number, place: Place): void {
  if (isCollection(n) && !isEmpty(n)) {
    if (place === 'item') out.write(' ');
    writeNode(out, n, indent, place);
    return;
  }
  out.write(' ');
  writeNode(out, n, indent, place);
}

/**
 * go-yaml re-reads the JSON text, so what libyaml does to raw characters Go's JSON leaves unescaped shows: DEL and
 * C1 controls are refused (Helm's toYaml then prints nothing), and NEL (U+0085) is a line break that double-quoted
 * folding turns into a space.
 */
function readBack(n: JsonNode): JsonNode {
  if (typeof n === 'string') return readBackString(n);
  if (Array.isArray(n)) return n.map(readBack);
  if (n !== null && typeof n === 'object' && 'entries' in n) {
    return { entries: n.entries.map(([k, v]) => [readBackString(k), readBack(v)] as [string, JsonNode]) };
  }
  return n;
}

function readBackString(s: string): string {
  if (/[\u007f-\u0084\u0086-\u009f\ufffe\uffff]/.test(s)) throw new GoJsonError('yaml: control characters are not allowed');
  if (!s.includes('\u0085')) return s;
  return s.replace(/[ \t]*(?:\u0085[ \t]*)+/g, (run) => {
    const breaks = run.split('\u0085').length - 1;
    return breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
  });
}

function scalarText(n: JsonNode, column: number, indent: number, pretty = false): string {
  if (n === null) return 'null';
  if (typeof n === 'boolean') return n ? 'true' : 'false';
  if (typeof n === 'string') return writeGoYamlString(n, { column, indent, simpleKey: false });
  if (Array.isArray(n)) return '[]';
  if ('entries' in n) return '{}';
  if (pretty && n.float !== undefined) return goFloatG(n.float);
  return yamlNumber(n.num);
}

/** go-yaml reads JSON's number text back: integers that fit (u)int64 stay, the rest print as Go's %g. */
function yamlNumber(text: string): string {
  if (/^-?\d+$/.test(text)) {
    const b = BigInt(text);
    if (b >= -(2n ** 63n) && b < 2n ** 64n) return b.toString();
  }
  return goFloatG(Number(text));
}

import type { Document, Node } from 'yaml';
import { formatFloat, goQuote } from '../../gotemplate/index.js';
import { YamlReadError } from './yaml-read-error.js';

// Texts worth a second, slower look: a plain null key (`null:`, `~:` …, or `?` with nothing), or a flow collection
// where a key may start.
const nullKeyHint = /(?:^|[{,?])[ \t]*(?:-[ \t]+)*(?:~|null|Null|NULL)[ \t]*:(?:[ \t]|$)|^[ \t]*\?[ \t]*$/m;
const collectionKeyHint = /(?:^|[{,[?]|-[ \t])[ \t]*[[{]/m;
const nonFiniteHint = /\.(?:inf|nan)\b/i;

/**
 * What go-yaml and sigs.k8s.io/yaml refuse on their way from YAML to JSON, and Helm with them, in their order: a
 * mapping or sequence as a key ("invalid map key"), a null key ("unsupported map key"), a value JSON has no number for
 * (`.inf`, `.nan`). `value` is the document as read, `text` its source.
 */
export function assertJsonCompatible(value: unknown, text: string, parseDocument: () => Document): void {
  const hasNullKey = nullKeyHint.test(text);
  const hasCollectionKey = collectionKeyHint.test(text);
  const doc = hasNullKey || hasCollectionKey ? parseDocument() : undefined;
  if (doc && hasCollectionKey) {
    const pair = findKey(doc.contents, (key) => key !== null && typeof key === 'object' && 'items' in key);
    if (pair) throw new YamlReadError(`error converting YAML to JSON: yaml: invalid map key: ${goSharpV((pair.key as Node).toJSON())}`);
  }
  if (doc && hasNullKey) {
    const pair = findKey(doc.contents, (key) => key === null || (typeof key === 'object' && 'value' in key && key.value === null));
    if (pair) {
      throw new YamlReadError(`error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: ${goSharpV(pair.value?.toJSON())}`);
    }
  }
  if (nonFiniteHint.test(text)) {
    const bad = firstNonFinite(value);
    if (bad !== undefined) throw new YamlReadError(`error converting YAML to JSON: json: unsupported value: ${formatFloat(bad, 'g', -1)}`);
  }
}

/** The first pair of a `yaml` document's node, in document order, whose key `bad` picks out. */
export function findKey(node: unknown, bad: (key: object | null) => boolean): { key: unknown; value: Node | null } | undefined {
  const n = node as { items?: Array<{ key?: unknown; value?: unknown }> } | null;
  for (const item of n?.items ?? []) {
    if (item.key !== undefined) {
      if (bad(item.key as object | null)) return { key: item.key, value: (item.value ?? null) as Node | null };
      const found = findKey(item.key, bad) ?? findKey(item.value, bad);
      if (found) return found;
    } else {
      const found = findKey(item, bad);
      if (found) return found;
    }
  }
  return undefined;
}

// encoding/json walks a map's keys in sorted order, so that is the one it names first.
function firstNonFinite(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? undefined : v;
  if (Array.isArray(v)) {
    for (const x of v) {
      const bad = firstNonFinite(x);
      if (bad !== undefined) return bad;
    }
  } else if (v !== null && typeof v === 'object') {
    for (const k of Object.keys(v).sort()) {
      const bad = firstNonFinite((v as Record<string, unknown>)[k]);
      if (bad !== undefined) return bad;
    }
  }
  return undefined;
}

/** Go's `%#v` of what go-yaml v2 decodes into an interface{} (maps keyed by interface{}, keys sorted). */
function goSharpV(v: unknown): string {
  if (v === null || v === undefined) return 'interface {}(nil)';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number') return Number.isInteger(v) && v >= -(2 ** 63) && v < 2 ** 63 ? v.toFixed(0) : formatFloat(v, 'g', -1);
  if (Array.isArray(v)) return `[]interface {}{${v.map(goSharpV).join(', ')}}`;
  const entries = Object.keys(v as object).sort().map((k) => `${goQuote(k)}:${goSharpV((v as Record<string, unknown>)[k])}`);
  return `map[interface {}]interface {}{${entries.join(', ')}}`;
}

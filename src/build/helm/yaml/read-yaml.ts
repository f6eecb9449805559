import jsYaml from 'js-yaml';
import { createRequire } from 'node:module';
import type { Document, DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';
import { goYamlSchema } from './go-yaml-schema.js';
import { assertJsonCompatible, findKey } from './json-compatible.js';
import { libyamlWording } from './libyaml-wording.js';
import { YamlReadError } from './yaml-read-error.js';

/** The `yaml` package only judges documents js-yaml refused: loaded then, not at start-up. */
const requireLazy = createRequire(import.meta.url);

type Tags = Array<{ tag: string; format?: string }>;

/** YAML 1.1 as go-yaml v2 reads it (yes/no/on/off booleans, 0777 octal), timestamps and sexagesimals kept as strings. */
const goYamlOptions: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  schema: 'yaml-1.1',
  merge: true,
  // go-yaml v2's non-strict decoding lets a repeated key win instead of failing.
  uniqueKeys: false,
  customTags: (tags) => (tags as Tags).filter((t) => t.tag !== 'tag:yaml.org,2002:timestamp' && t.format !== 'TIME') as typeof tags,
};

/**
 * Parses one YAML document the way Helm's sigs.k8s.io/yaml does (numbers become float64 = JS number, keys strings).
 * Returns `null` for an empty document; throws {@link YamlReadError} on bad YAML.
 */
export function readYaml(text: string): unknown {
  // js-yaml is several times faster; the `yaml` package (closer to libyaml's errors) judges what js-yaml refuses.
  const parseDocument = (): Document => parseGoYamlDocument(text);
  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: goYamlSchema, json: true }) ?? null;
  } catch {
    const doc = parseDocument();
    if (doc.errors.length > 0) throw new YamlReadError(libyamlWording(doc.errors, text));
    // `key: [a]: b` is a second value on one line to libyaml; the `yaml` package makes it a pair with no key.
    const keyless = findKey(doc.contents, (key) => key === null || isEmptyRange((key as { range?: number[] }).range))?.value?.range;
    if (keyless) throw new YamlReadError(libyamlWording([{ code: 'BLOCK_AS_IMPLICIT_KEY', message: '', linePos: [lineAt(text, keyless[0]!)] }], text));
    try {
      value = normalize(doc.toJS({ maxAliasCount: -1 }));
    } catch (err) {
      // The one error the `yaml` package finds only while building values: an alias before its anchor.
      const alias = /alias[^:]*: (.+)$/.exec(err instanceof Error ? err.message : '');
      if (alias) throw new YamlReadError(`error converting YAML to JSON: yaml: unknown anchor '${alias[1]}' referenced`);
      throw err;
    }
  }
  assertJsonCompatible(value, text, parseDocument);
  return value;
}

/** The `yaml` package's document of `text`, read as go-yaml v2 reads YAML (loaded on first use). */
export function parseGoYamlDocument(text: string): Document {
  return (requireLazy('yaml') as typeof import('yaml')).parseDocument(text, goYamlOptions);
}

/** Reads a values file: an empty file is `{}`, anything but a mapping is an error, as chartutil.ReadValues. */
export function readValuesYaml(text: string): Record<string, unknown> {
  const v = readYaml(text);
  if (v === null || v === undefined) return {};
  if (typeof v !== 'object' || Array.isArray(v)) {
    throw new YamlReadError(`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${goJsonKind(v)} into Go value of type map[string]interface {}`);
  }
  return v as Record<string, unknown>;
}

/** The JSON kind name Go's decoder uses in "cannot unmarshal X into" messages. */
export function goJsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number' || typeof v === 'bigint') return 'number';
  if (typeof v === 'boolean') return 'bool';
  return 'object';
}

const isEmptyRange = (range: number[] | undefined): boolean => range !== undefined && range[0] === range[1];

function lineAt(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, col: offset - before.lastIndexOf('\n') };
}

/** Keys become strings and nested Maps plain objects (YAML non-string keys are stringified, as JSON would). */
function normalize(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalize);
  if (v instanceof Map) {
    const o: Record<string, unknown> = {};
    for (const [k, val] of v) o[String(k)] = normalize(val);
    return o;
  }
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (v instanceof Set) return [...v].map(normalize);
  if (v !== null && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v)) o[k] = normalize(val);
    return o;
  }
  return v;
}

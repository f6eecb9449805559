import jsYaml from 'js-yaml';
import { createRequire } from 'node:module';
import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';
import { goYamlSchema } from './go-yaml-schema.js';
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
  try {
    return jsYaml.load(text, { schema: goYamlSchema, json: true }) ?? null;
  } catch {
    const { parseDocument } = requireLazy('yaml') as typeof import('yaml');
    const doc = parseDocument(text, goYamlOptions);
    if (doc.errors.length > 0) throw new YamlReadError(formatYamlErrors(doc.errors));
    return normalize(doc.toJS({ maxAliasCount: -1 }));
  }
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

interface ParseErr { code: string; message: string; linePos?: Array<{ line: number }> }

/**
 * libyaml's wording for the mistakes charts make most: a `key: value` where a mapping cannot start ("mapping values
 * are not allowed"), a key running into the next line ("could not find expected ':'"), a plain value starting with a
 * reserved character. go-yaml names no line for the first one. Other errors keep our parser's text.
 */
function formatYamlErrors(errors: ParseErr[]): string {
  const lineOf = (e: ParseErr, end: boolean): number => (end ? e.linePos?.[e.linePos.length - 1]?.line : e.linePos?.[0]?.line) ?? 0;
  const spans = (e: ParseErr): boolean => lineOf(e, true) > lineOf(e, false);
  const say = (line: number, msg: string): string => `error converting YAML to JSON: yaml: ${line > 1 ? `line ${line}: ` : ''}${msg}`;
  const mapping = errors.filter((e) => e.code === 'BLOCK_AS_IMPLICIT_KEY' || (e.code === 'MULTILINE_IMPLICIT_KEY' && spans(e)));
  if (mapping.length > 0) return say(Math.max(...mapping.map((e) => lineOf(e, true))), 'mapping values are not allowed in this context');
  const keys = errors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY');
  if (keys.length > 0) return say(Math.max(...keys.map((e) => lineOf(e, true))), "could not find expected ':'");
  const first = errors[0]!;
  if (first.code === 'BAD_SCALAR_START') return say(lineOf(first, false), 'found character that cannot start any token');
  return say(lineOf(first, false), first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''));
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

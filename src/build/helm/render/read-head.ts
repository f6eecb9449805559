import jsYaml from 'js-yaml';
import { assertJsonCompatible } from '../yaml/json-compatible.js';
import { goJsonKind, parseGoYamlDocument, readYaml } from '../yaml/read-yaml.js';
import { YamlReadError } from '../yaml/yaml-read-error.js';
import { HeadReadError } from './head-read-error.js';

/** The fields of a rendered document Helm sorts and classifies by (releaseutil.SimpleHead). */
export interface ManifestHead {
  kind: string;
  name: string;
  annotations: Record<string, string>;
}

/**
 * Reads kind, metadata.name and annotations of one rendered document. js-yaml does the common case (it is several
 * times faster, and every document of a release goes through here); a document it refuses is read again with the
 * go-yaml-like reader, which either accepts it or reports libyaml's wording.
 */
export function readHead(doc: string): ManifestHead {
  let v: unknown;
  try {
    v = jsYaml.load(doc, { json: true, schema: jsYaml.CORE_SCHEMA });
    assertJsonCompatible(v, doc, () => parseGoYamlDocument(doc));
  } catch (err) {
    if (err instanceof YamlReadError) throw err;
    v = readYaml(doc);
  }
  if (v === null || v === undefined) return { kind: '', name: '', annotations: {} };
  if (typeof v !== 'object' || Array.isArray(v)) {
    throw new HeadReadError(`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${goJsonKind(v)} into Go value of type releaseutil.SimpleHead`);
  }
  const o = v as Record<string, unknown>;
  const mistyped = headFieldTypeError(o);
  if (mistyped) throw new HeadReadError(`error unmarshaling JSON: while decoding JSON: json: ${mistyped}`);
  const md = (o.metadata ?? {}) as Record<string, unknown>;
  const ann = (md.annotations ?? {}) as Record<string, unknown>;
  const annotations: Record<string, string> = {};
  for (const [k, val] of Object.entries(ann)) if (val != null) annotations[k] = String(val);
  return { kind: o.kind == null ? '' : String(o.kind), name: md.name == null ? '' : String(md.name), annotations };
}

const metadataType = 'struct { Name string "json:\\"name\\""; Annotations map[string]string "json:\\"annotations\\"" }';

/**
 * encoding/json's complaint about the first SimpleHead field of the wrong JSON type, in the order it meets them: the
 * keys sorted, as sigs.k8s.io/yaml wrote the JSON. sigs.k8s.io/yaml has already turned a number or boolean bound for
 * a string field into text (`helm.sh/hook-weight: 5` is "5"), and a null leaves a field empty: only a collection where
 * text belongs, or text where a mapping belongs, is wrong. Fields of the unnamed metadata struct are named from ".".
 */
function headFieldTypeError(o: Record<string, unknown>): string | undefined {
  const wrong = (v: unknown, field: string, type: string): string => `cannot unmarshal ${goJsonKind(v)} into Go struct field ${field} of type ${type}`;
  const isCollection = (v: unknown): boolean => v !== null && typeof v === 'object';
  const isMapping = (v: unknown): boolean => isCollection(v) && !Array.isArray(v);
  if (isCollection(o.apiVersion)) return wrong(o.apiVersion, 'SimpleHead.apiVersion', 'string');
  if (isCollection(o.kind)) return wrong(o.kind, 'SimpleHead.kind', 'string');
  const md = o.metadata;
  if (md == null) return undefined;
  if (!isMapping(md)) return wrong(md, 'SimpleHead.metadata', metadataType);
  const { annotations, name } = md as Record<string, unknown>;
  if (annotations != null) {
    if (!isMapping(annotations)) return wrong(annotations, '.metadata.annotations', 'map[string]string');
    for (const key of Object.keys(annotations).sort()) {
      const value = (annotations as Record<string, unknown>)[key];
      if (isCollection(value)) return wrong(value, '.metadata.annotations', 'string');
    }
  }
  if (isCollection(name)) return wrong(name, '.metadata.name', 'string');
  return undefined;
}

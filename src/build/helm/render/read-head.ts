import jsYaml from 'js-yaml';
import { assertJsonCompatible } from '../yaml/json-compatible.js';
import { parseGoYamlDocument, readYaml } from '../yaml/read-yaml.js';
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
    const kind = Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : typeof v === 'boolean' ? 'bool' : 'number';
    throw new HeadReadError(`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${kind} into Go value of type releaseutil.SimpleHead`);
  }
  const o = v as Record<string, unknown>;
  const md = (o.metadata !== null && typeof o.metadata === 'object' ? o.metadata : {}) as Record<string, unknown>;
  const ann = md.annotations !== null && typeof md.annotations === 'object' ? (md.annotations as Record<string, unknown>) : {};
  const annotations: Record<string, string> = {};
  for (const [k, val] of Object.entries(ann)) annotations[k] = String(val);
  return { kind: typeof o.kind === 'string' ? o.kind : '', name: typeof md.name === 'string' ? md.name : '', annotations };
}

import { isJsonObject, type JsonObject } from '../../lib/strategic-merge/index.js';
import { KustomizeError } from './kustomize-error.js';
import { Resource } from './resource.js';
import { decodeYamlDocuments } from './yaml/decode-yaml.js';

function check(obj: JsonObject, path: string, line: number): void {
  if (typeof obj.kind !== 'string' || obj.kind === '') throw new KustomizeError(`${path}:${line}: missing kind in object`, path);
  const meta = obj.metadata;
  if (!isJsonObject(meta) || (typeof meta.name !== 'string' && typeof meta.generateName !== 'string')) {
    throw new KustomizeError(`${path}:${line}: missing metadata.name in object ${obj.kind}`, path);
  }
}

/**
 * The resources of a manifest file: every non-empty document, with `kind: List` (and other `…List` kinds with
 * `items`) expanded into their items. Throws KustomizeError naming the file and line for invalid YAML or objects
 * without kind or name.
 */
export function resourcesFromText(text: string, path: string): Resource[] {
  const out: Resource[] = [];
  for (const doc of decodeYamlDocuments(text, path)) {
    const v = doc.value;
    if (!isJsonObject(v)) throw new KustomizeError(`${path}:${doc.line}: expected a YAML mapping (a Kubernetes object)`, path);
    if (typeof v.kind === 'string' && v.kind.endsWith('List') && Array.isArray(v.items)) {
      for (const item of v.items) {
        if (!isJsonObject(item)) throw new KustomizeError(`${path}:${doc.line}: items of ${v.kind} must be objects`, path);
        check(item, path, doc.line);
        out.push(new Resource(item, path));
      }
      continue;
    }
    check(v, path, doc.line);
    out.push(new Resource(v, path));
  }
  return out;
}

import { parse as parseYaml } from 'yaml';
import { isObject } from './json-order.js';
import { MergeError } from './merge-error.js';

/** Parses a JSON patch body; a syntax error is a 400 carrying the parser's message. */
export function parseJsonBody(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch (e) {
    throw new MergeError('BadRequest', `error decoding patch: ${(e as Error).message}`);
  }
}

/**
 * Parses a server-side apply body (YAML, or JSON which is YAML) the way Kubernetes does (YAML 1.1 scalars, as
 * sigs.k8s.io/yaml); malformed YAML or a non-object is a 400 `error decoding YAML: …`.
 */
export function parseApplyBody(body: string): Record<string, unknown> {
  let v: unknown = jsonFastPath(body);
  if (v === undefined) {
    try {
      v = parseYaml(body, { version: '1.1', uniqueKeys: true, maxAliasCount: 100 });
    } catch (e) {
      throw new MergeError('BadRequest', `error decoding YAML: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  if (!isObject(v)) {
    const what = v === null || v === undefined ? 'an empty document' : Array.isArray(v) ? 'a list' : typeof v;
    throw new MergeError('BadRequest', `error decoding YAML: the apply configuration must be an object, not ${what}`);
  }
  return v;
}

/** Clients (kubectl, client-node) send JSON: parsing it as JSON is the same result, many times faster than YAML. */
function jsonFastPath(body: string): unknown {
  const start = body.trimStart();
  if (!start.startsWith('{')) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

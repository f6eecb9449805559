import { parse as parseYaml } from 'yaml';
import { badRequest, unsupportedMediaType } from '../api-errors.js';
import { isPlainObject } from '../kube-object.js';
import { decodeKubernetesProtobuf } from '../protobuf/decode-protobuf.js';

/** Media types accepted for create and update bodies. */
export const objectMediaTypes = ['application/json', 'application/yaml'];

/** The bare media type of a Content-Type header (`application/json; charset=utf-8` → `application/json`). */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Decodes a JSON or YAML body into a JSON value. Malformed input is a 400 that quotes the parser's complaint;
 * a media type outside `accepted` is a 415.
 */
export function parseBody(body: Buffer, contentType: string | undefined, accepted: string[] = objectMediaTypes): unknown {
  const type = mediaType(contentType);
  if (!accepted.includes(type)) throw unsupportedMediaType(type, accepted === objectMediaTypes ? [...accepted, 'application/vnd.kubernetes.protobuf'] : accepted);
  const text = body.toString('utf8');
  if (text.trim() === '') throw badRequest('the request body is empty');
  let value: unknown;
  if (type.endsWith('yaml')) {
    try {
      value = parseYaml(text, { maxAliasCount: 100 }) as unknown;
    } catch (err) {
      throw badRequest(`error converting YAML to JSON: ${(err as Error).message.split('\n')[0]}`);
    }
  } else {
    try {
      value = JSON.parse(text) as unknown;
    } catch (err) {
      throw badRequest(`couldn't get version/kind; json parse error: ${(err as Error).message}`);
    }
  }
  if (depthOf(value) > maxDepth) throw badRequest(`the request body is nested more than ${maxDepth} levels deep`);
  return value;
}

const maxDepth = 256;

// Iterative, so a hostile body cannot overflow the stack while being measured.
function depthOf(root: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [unknown, number];
    if (typeof v !== 'object' || v === null) continue;
    if (d > max) max = d;
    if (max > maxDepth) return max;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/** Decodes a body that must be one object (create, update): JSON, YAML or Kubernetes protobuf as kubectl sends it. */
export function parseObjectBody(body: Buffer, contentType: string | undefined): Record<string, unknown> {
  if (mediaType(contentType) === 'application/vnd.kubernetes.protobuf') return decodeKubernetesProtobuf(body);
  const value = parseBody(body, contentType);
  if (!isPlainObject(value)) throw badRequest('the request body must be a JSON object');
  return value;
}

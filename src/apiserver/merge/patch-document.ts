import { Schema } from '../../api/kubernetes/index.js';
import { applyJsonPatch, isJsonPatchError, type JsonPatchOperation } from '../../lib/json-patch.js';
import { applyMergePatch } from '../../lib/merge-patch.js';
import { isStrategicMergeError, strategicMerge, type JsonObject, type JsonValue } from '../../lib/strategic-merge/index.js';
import { isObject } from './json-order.js';
import { MergeError } from './merge-error.js';
import { parseJsonBody } from './parse-body.js';
import type { KubeObject, PatchContentType } from './patch-request.js';

const unknownFormat = 'the body of the request was in an unknown format - accepted media types include: '
  + 'application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml';

/** Whether an object's kind is a custom resource (no built-in schema), unless the caller says. */
export function isCustom(obj: KubeObject | undefined, custom: boolean | undefined): boolean {
  if (custom !== undefined) return custom;
  if (!obj || typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string') return false;
  return Schema.forBuiltin(obj.apiVersion, obj.kind) === undefined;
}

/**
 * Applies a JSON, merge or strategic merge patch body to a document, with Kubernetes' errors: malformed body 400,
 * a JSON patch that fails (including `test`) 422, strategic merge on a custom resource 415.
 */
export function patchDocument(
  doc: KubeObject, body: string, contentType: PatchContentType, schema: Schema | undefined, custom: boolean,
): KubeObject {
  if (contentType === 'application/strategic-merge-patch+json' && custom) {
    throw new MergeError('UnsupportedMediaType', unknownFormat);
  }
  const patch = parseJsonBody(body);
  let out: unknown;
  if (contentType === 'application/json-patch+json') {
    if (!Array.isArray(patch)) {
      throw new MergeError('BadRequest', 'json: cannot unmarshal object into Go value of type jsonpatch.Patch');
    }
    try {
      out = applyJsonPatch(doc as JsonValue, patch as JsonPatchOperation[]);
    } catch (e) {
      if (isJsonPatchError(e)) throw new MergeError('Invalid', e.message);
      throw e;
    }
  } else {
    if (!isObject(patch)) {
      throw new MergeError('BadRequest', `json: cannot unmarshal ${Array.isArray(patch) ? 'array' : typeof patch} into Go value of type map[string]interface {}`);
    }
    if (contentType === 'application/merge-patch+json') out = applyMergePatch(doc, patch);
    else {
      try {
        out = strategicMerge(doc as JsonObject, patch as JsonObject, schema);
      } catch (e) {
        if (isStrategicMergeError(e)) throw new MergeError('BadRequest', e.message);
        throw e;
      }
    }
  }
  if (!isObject(out)) throw new MergeError('BadRequest', 'the patch did not produce an object');
  // Kubernetes decodes the result into a typed object: a non-object metadata is a 400, not a silent reset.
  if (out.metadata !== undefined && !isObject(out.metadata)) {
    const got = Array.isArray(out.metadata) ? 'array' : out.metadata === null ? 'null' : typeof out.metadata;
    throw new MergeError('BadRequest', `json: cannot unmarshal ${got} into Go struct field Object.metadata of type v1.ObjectMeta`);
  }
  return out;
}

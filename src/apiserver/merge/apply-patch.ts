import { FieldSet } from './field-set.js';
import { everythingExcept, onlyPath } from './field-filter.js';
import { managedUpdate, type FieldManagerContext } from './field-manager.js';
import { ApplyConflicts, conflictError } from './conflict-error.js';
import { MergeError } from './merge-error.js';
import { checkName, validatePatchOptions } from './object-checks.js';
import { isCustom, patchDocument } from './patch-document.js';
import type { KubeObject, PatchRequest } from './patch-request.js';
import { scalePatch } from './scale-subresource.js';
import { onlyStatusChanged, serverSideApply, withStatusOf } from './server-side-apply.js';
import { TypeNode } from './type-node.js';
import { TypedValueError } from './to-field-set.js';

const patchTypes = new Set([
  'application/json-patch+json', 'application/merge-patch+json', 'application/strategic-merge-patch+json',
  'application/apply-patch+yaml',
]);

/**
 * Applies one PATCH as the Kubernetes API server does and returns the object to store, with managedFields updated.
 * Throws MergeError (400 malformed body or bad request, 409 apply conflicts, 415 unsupported patch type, 422
 * invalid options or failed JSON patch).
 */
export function applyPatch(req: PatchRequest): KubeObject {
  if (!patchTypes.has(req.contentType)) {
    throw new MergeError('UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: ${[...patchTypes].join(', ')}`);
  }
  const apply = req.contentType === 'application/apply-patch+yaml';
  validatePatchOptions(req, apply);
  try {
    if (req.subresource === 'scale') return scalePatch(req, apply);
    return apply ? serverSideApply(req) : nonApplyPatch(req);
  } catch (e) {
    if (e instanceof ApplyConflicts) throw conflictError(e.conflicts);
    if (e instanceof TypedValueError) throw new MergeError('BadRequest', `failed to create typed patch object: ${e.message}`);
    throw e;
  }
}

function nonApplyPatch(req: PatchRequest): KubeObject {
  const current = req.current;
  if (!current) throw new MergeError('BadRequest', 'only server-side apply can create an object with PATCH');
  const custom = isCustom(current, req.custom);
  let next = checkName(patchDocument(current, req.body, req.contentType, req.schema, custom), req);
  const status = req.subresource === 'status';
  if (status) next = onlyStatusChanged(current, withStatusOf(current, next));
  else if (req.statusSubresource) next = withStatusOf(next, current);
  const ctx: FieldManagerContext = {
    type: TypeNode.forObject(req.schema),
    ignored: status ? everythingExcept(['status'], current, next) : req.statusSubresource ? onlyPath(['status']) : new FieldSet(),
    apiVersion: String(next.apiVersion ?? current.apiVersion),
    now: req.now,
  };
  if (status) ctx.subresource = 'status';
  return managedUpdate(current, next, req.fieldManager ?? '', ctx);
}

/**
 * Patch and apply machinery of the embedded API server: a pure library (no I/O, no clock) that the PATCH, PUT and
 * POST routes call. Kubernetes semantics: RFC 6902 JSON patch, RFC 7386 merge patch, strategic merge patch (built-ins
 * only: 415 for custom resources) and server-side apply with `metadata.managedFields` (FieldsV1), conflicts and force.
 *
 * Contract (stable):
 * ```ts
 * applyPatch(req: PatchRequest): KubeObject
 *   // PATCH of any content type. Returns the new object with metadata.managedFields updated (Apply entry for apply,
 *   // Update entry for the other types). `req.current` undefined: only apply may create (else 404 is the caller's).
 *   // Throws MergeError: 400 malformed body / missing fieldManager / apiVersion-kind-name mismatch,
 *   // 409 apply conflicts (causes per field), 415 strategic merge on a custom resource, 422 failed JSON-patch test.
 * recordUpdate(old, next, fieldManager, now, schema, subresource?): KubeObject
 *   // POST/PUT (and anything else that is not apply): returns `next` with managedFields: the Update entry of
 *   // (fieldManager, apiVersion, subresource) gains the fields that changed between old and next, other managers lose
 *   // them. `old` undefined = create. managedFields sent in `next` replace the stored ones (`[{}]` clears them).
 * defaultFieldManager(userAgent): string   // Kubernetes' default manager name for non-apply writes
 * toScale(parent, paths?): KubeObject       // the autoscaling/v1 Scale view (GET /scale); PATCH /scale returns the parent
 * class MergeError extends Error { code: 400|409|415|422; reason; causes: {type?, message, field}[] }
 * ```
 */
export type { KubeObject, PatchRequest, PatchContentType, ScalePaths } from './patch-request.js';
export { MergeError, isMergeError, type MergeErrorCause, type MergeErrorReason } from './merge-error.js';
export { applyPatch } from './apply-patch.js';
export { recordUpdate } from './record-update.js';
export { defaultFieldManager } from './default-field-manager.js';
export { toScale } from './scale-subresource.js';

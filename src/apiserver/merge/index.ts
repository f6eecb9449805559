/**
 * Patch and apply machinery of the embedded API server: a pure library (no I/O, no clock) that the PATCH, PUT and
 * POST routes call. Kubernetes semantics: RFC 6902 JSON patch, RFC 7386 merge patch, strategic merge patch (built-ins
 * only: 415 for custom resources) and server-side apply with `metadata.managedFields` (FieldsV1), conflicts and force.
 *
 * Contract (stable):
 * ```ts
 * applyPatch(req: PatchRequest): KubeObject
 *   // PATCH of any content type (see PatchRequest for the fields). Returns the object to store, managedFields updated
 *   // (an Apply entry for apply, an Update entry otherwise). `req.current` undefined: only apply may create.
 *   // `subresource: 'status'` changes and owns only .status; `statusSubresource: true` on the main resource keeps the
 *   // stored .status; `subresource: 'scale'` patches the Scale view and returns the parent.
 *   // Throws MergeError:
 *   //   400 BadRequest  malformed body ("error decoding YAML: …"), apiVersion/kind not the resource's
 *   //                   ("invalid object type: apps/v1, Kind=X"), managedFields in an apply config, a renamed object,
 *   //                   list-map items without keys / duplicates / fields a built-in kind does not declare
 *   //                   ("failed to create typed patch object (ns/name; gvk): .spec.x: field not declared in schema")
 *   //   409 Conflict    "Apply failed with 1 conflict: conflict with \"m\" using apps/v1: .spec.replicas",
 *   //                   causes [{type: 'FieldManagerConflict', message: 'conflict with "m" using apps/v1', field}]
 *   //   415             strategic merge on a custom resource, unknown patch media type (CBOR included)
 *   //   422 Invalid     JSON patch that fails (a `test` op included); PatchOptions: apply without fieldManager
 *   //                   ('PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply
 *   //                   patch'), force on a non-apply patch, fieldManager over 128 bytes
 *   // Anything else thrown is a bug (the caller answers 500).
 * recordUpdate(old, next, fieldManager, now, schema, subresource?): KubeObject
 *   // POST/PUT (and any non-apply write): returns `next` with managedFields: the Update entry of
 *   // (fieldManager, apiVersion, subresource) gains the fields that changed between old and next, other managers lose
 *   // them. `old` undefined = create. managedFields sent in `next` replace the stored ones (`[]`/`[{}]` clear them).
 *   // Never throws.
 * defaultFieldManager(userAgent): string   // Kubernetes' default manager name for non-apply writes
 * toScale(parent, paths?): KubeObject       // the autoscaling/v1 Scale view (GET /scale)
 * class MergeError extends Error { code: 400|409|415|422; reason; causes: {type?, message, field}[] }
 * ```
 */
export type { KubeObject, PatchRequest, PatchContentType, ScalePaths } from './patch-request.js';
export { MergeError, isMergeError, type MergeErrorCause, type MergeErrorReason } from './merge-error.js';
export { applyPatch } from './apply-patch.js';
export { recordUpdate } from './record-update.js';
export { defaultFieldManager } from './default-field-manager.js';
export { toScale } from './scale-subresource.js';

import { isObject } from './json-order.js';
import { MergeError } from './merge-error.js';
import type { KubeObject, PatchRequest } from './patch-request.js';

/** Go's `GroupVersionKind.String()`: `apps/v1, Kind=Deployment`, `/v1, Kind=ConfigMap`. */
export function gvkString(apiVersion: unknown, kind: unknown): string {
  const av = typeof apiVersion === 'string' ? apiVersion : '';
  const gv = av.includes('/') ? av : `/${av}`;
  return `${gv}, Kind=${typeof kind === 'string' ? kind : ''}`;
}

/** The request's options as Kubernetes validates them (`PatchOptions.meta.k8s.io "" is invalid`, a 422). */
export function validatePatchOptions(req: PatchRequest, apply: boolean): void {
  const invalid = (field: string, type: string, detail: string): never => {
    throw new MergeError('Invalid', `PatchOptions.meta.k8s.io "" is invalid: ${field}: ${detail}`,
      [{ type, message: detail, field }]);
  };
  if (apply && !req.fieldManager) invalid('fieldManager', 'FieldValueRequired', 'Required value: is required for apply patch');
  if (!apply && req.force) invalid('force', 'FieldValueForbidden', 'Forbidden: may not be specified for non-apply patch');
  if (req.fieldManager && Buffer.byteLength(req.fieldManager) > 128) {
    invalid('fieldManager', 'FieldValueTooLong', 'Too long: may not be more than 128 bytes');
  }
}

/** An apply config must be of the endpoint's kind (Kubernetes' versionCheckManager) and carry no managedFields. */
export function checkApplyConfig(config: KubeObject, expected: { apiVersion: string; kind: string } | undefined): void {
  const want = expected ?? { apiVersion: '', kind: '' };
  const fromConfig = { apiVersion: config.apiVersion, kind: config.kind };
  const missing = typeof fromConfig.apiVersion !== 'string' || !fromConfig.apiVersion
    || typeof fromConfig.kind !== 'string' || !fromConfig.kind;
  if (missing || (expected && (fromConfig.apiVersion !== want.apiVersion || fromConfig.kind !== want.kind))) {
    throw new MergeError('BadRequest', `invalid object type: ${gvkString(fromConfig.apiVersion, fromConfig.kind)}`);
  }
  if (isObject(config.metadata) && config.metadata.managedFields !== undefined && config.metadata.managedFields !== null) {
    throw new MergeError('BadRequest', 'metadata.managedFields must be nil');
  }
}

/**
 * The patched object keeps the URL's (or the stored object's) name and namespace: a missing name is filled in, a
 * different one is a 400 in Kubernetes' words.
 */
export function checkName(obj: KubeObject, req: PatchRequest): KubeObject {
  const stored = isObject(req.current?.metadata) ? req.current.metadata : {};
  const name = req.name ?? (typeof stored.name === 'string' ? stored.name : undefined);
  const namespace = req.namespace ?? (typeof stored.namespace === 'string' ? stored.namespace : undefined);
  const meta = isObject(obj.metadata) ? obj.metadata : {};
  let out = obj;
  if (name !== undefined) {
    if (meta.name === undefined || meta.name === '') out = { ...out, metadata: { ...meta, name } };
    else if (meta.name !== name) {
      throw new MergeError('BadRequest', `the name of the object (${String(meta.name)}) does not match the name on the URL (${name})`);
    }
  }
  const ns = (out.metadata as Record<string, unknown> | undefined)?.namespace;
  if (namespace !== undefined && ns !== undefined && ns !== '' && ns !== namespace) {
    throw new MergeError('BadRequest', 'the namespace of the provided object does not match the namespace sent on the request');
  }
  return out;
}

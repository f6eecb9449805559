import { ApiError, type StatusCause } from './api-error.js';

/** The resource as Kubernetes names it in messages: `configmaps` in core, `deployments.apps` elsewhere. */
export interface QualifiedResource { group: string; plural: string }

function qualified(r: QualifiedResource): string {
  return r.group ? `${r.plural}.${r.group}` : r.plural;
}

/** 404 `configmaps "x" not found`. */
export function notFound(r: QualifiedResource, name: string): ApiError {
  return new ApiError(404, 'NotFound', `${qualified(r)} "${name}" not found`, { name, group: r.group || undefined, kind: r.plural });
}

/** 409 `configmaps "x" already exists`. */
export function alreadyExists(r: QualifiedResource, name: string): ApiError {
  return new ApiError(409, 'AlreadyExists', `${qualified(r)} "${name}" already exists`, { name, group: r.group || undefined, kind: r.plural });
}

/** 409 for a stale resourceVersion or failed precondition. */
export function conflict(r: QualifiedResource, name: string, why: string): ApiError {
  return new ApiError(409, 'Conflict', `Operation cannot be fulfilled on ${qualified(r)} "${name}": ${why}`,
    { name, group: r.group || undefined, kind: r.plural });
}

/** The message of a stale-resourceVersion conflict, word for word as Kubernetes says it. */
export const staleObjectMessage = 'the object has been modified; please apply your changes to the latest version and try again';

/** 422 `Kind "name" is invalid: field: Invalid value: …` with one cause per field error. */
export function invalid(group: string, kind: string, name: string, causes: StatusCause[]): ApiError {
  const list = causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
  const summary = list.length === 1 ? list[0] : `[${list.join(', ')}]`;
  const kindName = group ? `${kind}.${group}` : kind;
  return new ApiError(422, 'Invalid', `${kindName} "${name}" is invalid: ${summary}`,
    { name, group: group || undefined, kind, causes });
}

/** 400 BadRequest with a message. */
export function badRequest(message: string): ApiError {
  return new ApiError(400, 'BadRequest', message);
}

/** 405 for a verb a resource does not support. */
export function methodNotSupported(r: QualifiedResource, verb: string): ApiError {
  return new ApiError(405, 'MethodNotAllowed', `${verb} is not supported on resources of kind "${qualified(r)}"`,
    { group: r.group || undefined, kind: r.plural });
}

/** 403 Forbidden (used for writes into a namespace being terminated). */
export function forbidden(message: string, r?: QualifiedResource, name?: string): ApiError {
  return new ApiError(403, 'Forbidden', message, r ? { name, group: r.group || undefined, kind: r.plural } : undefined);
}

/** 410 Gone for a watch or continue token older than the retained history. */
export function gone(message: string): ApiError {
  return new ApiError(410, 'Expired', message);
}

/** 415 for a body in a format the endpoint does not take. */
export function unsupportedMediaType(contentType: string, accepted: string[]): ApiError {
  return new ApiError(415, 'UnsupportedMediaType',
    `the body of the request was in an unknown format (${contentType || 'none'}) - accepted media types include: ${accepted.join(', ')}`);
}

/** A `field: Invalid value: "x": why` cause. */
export function invalidValue(field: string, value: unknown, why: string): StatusCause {
  return { reason: 'FieldValueInvalid', field, message: `Invalid value: ${JSON.stringify(value)}: ${why}` };
}

/** A `field: Required value` cause. */
export function requiredValue(field: string, why?: string): StatusCause {
  return { reason: 'FieldValueRequired', field, message: why ? `Required value: ${why}` : 'Required value' };
}

/** A `field: Unsupported value: "x": supported values: …` cause. */
export function unsupportedValue(field: string, value: unknown, allowed: unknown[]): StatusCause {
  return { reason: 'FieldValueNotSupported', field,
    message: `Unsupported value: ${JSON.stringify(value)}: supported values: ${allowed.map((a) => JSON.stringify(a)).join(', ')}` };
}

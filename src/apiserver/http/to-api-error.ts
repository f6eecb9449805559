import { ApiError, isApiError, type StatusCause } from '../api-error.js';

interface CodedError { code: number; reason: string; message: string; causes?: Array<{ type?: string; reason?: string; message: string; field?: string }> }

function isCoded(err: unknown): err is CodedError {
  return err instanceof Error && typeof (err as Partial<CodedError>).code === 'number' && typeof (err as Partial<CodedError>).reason === 'string';
}

/**
 * An {@link ApiError} for anything thrown while serving: ApiErrors pass through, errors from the merge machinery
 * (which carry `code`, `reason` and `causes`) keep them, and the rest become a 500 with no internals.
 */
export function toApiError(err: unknown, kind?: { group: string; kind: string; plural: string; name?: string }): ApiError {
  if (isApiError(err)) return err;
  if (isCoded(err) && err.code >= 400 && err.code < 600) {
    const causes: StatusCause[] | undefined = err.causes?.map((c) => ({ reason: c.reason ?? c.type ?? 'FieldValueInvalid', message: c.message, field: c.field }));
    const details = kind ? { name: kind.name, group: kind.group || undefined, kind: err.code === 422 ? kind.kind : kind.plural, causes } : causes ? { causes } : undefined;
    return new ApiError(err.code, err.reason, err.message, details);
  }
  return new ApiError(500, 'InternalError', 'Internal error occurred: the server could not handle the request');
}

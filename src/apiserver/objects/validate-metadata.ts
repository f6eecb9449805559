import { invalidValue } from '../api-errors.js';
import type { StatusCause } from '../api-error.js';
import { isPlainObject, type ObjectMeta } from '../kube-object.js';

const qualifiedName = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const prefix = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const labelValue = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const maxAnnotationBytes = 256 * 1024;

/** Causes for malformed labels, annotations, finalizers and owner references (empty when valid). */
export function validateMetadata(meta: ObjectMeta): StatusCause[] {
  const causes: StatusCause[] = [];
  checkStringMap(meta.labels, 'metadata.labels', causes);
  checkStringMap(meta.annotations, 'metadata.annotations', causes);
  for (const [k, v] of Object.entries(meta.labels ?? {})) {
    checkKey(k, 'metadata.labels', causes);
    if (typeof v === 'string' && (v.length > 63 || !labelValue.test(v))) {
      causes.push(invalidValue('metadata.labels', v,
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"));
    }
  }
  let size = 0;
  for (const [k, v] of Object.entries(meta.annotations ?? {})) {
    checkKey(k, 'metadata.annotations', causes);
    size += k.length + (typeof v === 'string' ? v.length : 0);
  }
  if (size > maxAnnotationBytes) {
    causes.push({ reason: 'FieldValueTooLong', field: 'metadata.annotations', message: `Too long: may not be more than ${maxAnnotationBytes} bytes` });
  }
  if (meta.finalizers !== undefined && (!Array.isArray(meta.finalizers) || meta.finalizers.some((f) => typeof f !== 'string'))) {
    causes.push(invalidValue('metadata.finalizers', meta.finalizers, 'must be a list of strings'));
  }
  (meta.ownerReferences ?? []).forEach((ref, i) => {
    for (const f of ['apiVersion', 'kind', 'name', 'uid'] as const) {
      if (!isPlainObject(ref) || typeof ref[f] !== 'string' || ref[f] === '') {
        causes.push({ reason: 'FieldValueRequired', field: `metadata.ownerReferences[${i}].${f}`, message: 'Required value' });
      }
    }
  });
  return causes;
}

function checkStringMap(map: unknown, field: string, causes: StatusCause[]): void {
  if (map === undefined || map === null) return;
  if (!isPlainObject(map) || Object.values(map).some((v) => typeof v !== 'string')) {
    causes.push(invalidValue(field, map, 'must be a map of string keys to string values'));
  }
}

function checkKey(key: string, field: string, causes: StatusCause[]): void {
  const parts = key.split('/');
  const name = parts.length === 2 ? parts[1] ?? '' : key;
  const pre = parts.length === 2 ? parts[0] ?? '' : undefined;
  const ok = parts.length <= 2 && name.length <= 63 && qualifiedName.test(name)
    && (pre === undefined || (pre.length <= 253 && prefix.test(pre)));
  if (!ok) {
    causes.push(invalidValue(field, key,
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"));
  }
}

import type { Schema } from '../../api/kubernetes/index.js';
import type { StatusCause } from '../api-error.js';
import { requiredValue } from '../api-errors.js';
import { isPlainObject } from '../kube-object.js';

/** What is wrong with a built-in object: fields of the wrong JSON type (a decode error) and missing required fields. */
export interface BuiltinProblems {
  typeErrors: string[];
  causes: StatusCause[];
}

/**
 * Checks a built-in object (outside metadata and status) against Kubernetes' OpenAPI schema: JSON types as Go's
 * decoder would (numbers for integers, strings, booleans, objects, arrays; int-or-string takes either)
 * and `required` fields, reported as `spec.template.spec.containers: Required value`.
 */
export function validateBuiltin(obj: Record<string, unknown>, schema: Schema): BuiltinProblems {
  const out: BuiltinProblems = { typeErrors: [], causes: [] };
  for (const r of schema.required) {
    if (r !== 'metadata' && r !== 'status' && obj[r] === undefined) out.causes.push(requiredValue(r));
  }
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'metadata' || key === 'status' || key === 'apiVersion' || key === 'kind') continue;
    const field = schema.field(key);
    if (field) visit(value, field, key, out);
  }
  return out;
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function visit(v: unknown, s: Schema, path: string, out: BuiltinProblems): void {
  if (v === null || v === undefined) return;
  const want = s.type;
  const got = jsonType(v);
  // Quantities resolve to plain strings in the schema yet take numbers (`cpu: 1`): a number is let through where
  // a string is expected under the fields that hold quantities; int-or-string takes both.
  const numberForString = want === 'string' && (got === 'integer' || got === 'number') && holdsQuantity(path);
  if (s.isIntOrString) {
    if (got !== 'string' && got !== 'integer') out.typeErrors.push(`cannot unmarshal ${got} into Go struct field ${path} of type intstr.IntOrString`);
    return;
  }
  if (want && !numberForString && !(want === got || (want === 'number' && got === 'integer'))) {
    out.typeErrors.push(`cannot unmarshal ${got === 'integer' || got === 'number' ? 'number' : got} into Go struct field ${path} of type ${goType(want, s.format)}`);
    return;
  }
  if (Array.isArray(v)) {
    const items = s.items();
    if (items) v.forEach((item, i) => visit(item, items, `${path}[${i}]`, out));
    return;
  }
  if (!isPlainObject(v)) return;
  for (const r of s.required) if (v[r] === undefined) out.causes.push(requiredValue(`${path}.${r}`));
  for (const [k, child] of Object.entries(v)) {
    const f = s.field(k);
    if (f) visit(child, f, `${path}.${k}`, out);
  }
}

const quantityFields = new Set(['limits', 'requests', 'capacity', 'allocatable', 'hard', 'used', 'sizeLimit', 'overhead',
  'max', 'min', 'default', 'defaultRequest', 'maxLimitRequestRatio', 'storage', 'allocatedResources']);

function holdsQuantity(path: string): boolean {
  const segs = path.replace(/\[\d+\]/g, '').split('.');
  return segs.slice(-2).some((s) => quantityFields.has(s));
}

function goType(type: string, format: string | undefined): string {
  if (type === 'integer') return format === 'int64' ? 'int64' : 'int32';
  if (type === 'number') return 'float64';
  if (type === 'boolean') return 'bool';
  if (type === 'array') return '[]';
  if (type === 'object') return 'struct';
  return type;
}

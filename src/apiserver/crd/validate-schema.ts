import type { StatusCause } from '../api-error.js';
import { invalidValue, requiredValue, unsupportedValue } from '../api-errors.js';
import { isPlainObject } from '../kube-object.js';
import type { CrdSchemaNode } from './crd-schema-node.js';
import { checkFormat } from './schema-formats.js';

/**
 * Validates a value against a CRD structural schema and returns Kubernetes-style causes naming each field
 * (`spec.interval: Invalid value: …`): types, nullable, required, enum, pattern, numeric and length bounds,
 * item and property counts, uniqueness, formats and the anyOf/oneOf/allOf/not combinators.
 */
export function validateSchema(value: unknown, schema: CrdSchemaNode, path: string): StatusCause[] {
  const causes: StatusCause[] = [];
  visit(value, schema, path, causes);
  return causes;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function visit(v: unknown, s: CrdSchemaNode, path: string, causes: StatusCause[]): void {
  if (v === null) {
    if (!s.nullable && s.type !== undefined) causes.push(invalidValue(path, 'null', `${path} in body must be of type ${s.type}: "null"`));
    return;
  }
  const t = typeOf(v);
  const intOrString = s['x-kubernetes-int-or-string'] === true;
  if (intOrString) {
    if (t !== 'integer' && t !== 'string') causes.push(invalidValue(path, t, `${path} in body must be of type integer or string: "${t}"`));
  } else if (s.type && !(s.type === t || (s.type === 'number' && t === 'integer'))) {
    causes.push(invalidValue(path, t, `${path} in body must be of type ${s.type}: "${t}"`));
    return;
  }
  if (s.enum && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(v))) causes.push(unsupportedValue(path, v, s.enum));
  if (typeof v === 'string') checkString(v, s, path, causes);
  if (typeof v === 'number') checkNumber(v, s, path, causes);
  if (Array.isArray(v)) checkArray(v, s, path, causes);
  if (isPlainObject(v)) checkObject(v, s, path, causes);
  checkCombinators(v, s, path, causes);
}

function checkString(v: string, s: CrdSchemaNode, path: string, causes: StatusCause[]): void {
  if (s.maxLength !== undefined && [...v].length > s.maxLength) {
    causes.push({ reason: 'FieldValueTooLong', field: path, message: `Too long: may not be more than ${s.maxLength} bytes` });
  }
  if (s.minLength !== undefined && [...v].length < s.minLength) {
    causes.push(invalidValue(path, v, `${path} in body should be at least ${s.minLength} chars long`));
  }
  if (s.pattern !== undefined) {
    let re: RegExp | undefined;
    try { re = new RegExp(s.pattern, 'u'); } catch { re = undefined; }
    if (re && !re.test(v)) causes.push(invalidValue(path, v, `${path} in body should match '${s.pattern}'`));
  }
  if (s.format && !checkFormat(s.format, v)) causes.push(invalidValue(path, v, `${path} in body must be of type ${s.format}: ${JSON.stringify(v)}`));
}

function checkNumber(v: number, s: CrdSchemaNode, path: string, causes: StatusCause[]): void {
  if (s.maximum !== undefined && (s.exclusiveMaximum ? v >= s.maximum : v > s.maximum)) {
    causes.push(invalidValue(path, v, `${path} in body should be less than ${s.exclusiveMaximum ? '' : 'or equal to '}${s.maximum}`));
  }
  if (s.minimum !== undefined && (s.exclusiveMinimum ? v <= s.minimum : v < s.minimum)) {
    causes.push(invalidValue(path, v, `${path} in body should be greater than ${s.exclusiveMinimum ? '' : 'or equal to '}${s.minimum}`));
  }
  if (s.multipleOf !== undefined && s.multipleOf !== 0 && Math.abs(v / s.multipleOf - Math.round(v / s.multipleOf)) > 1e-9) {
    causes.push(invalidValue(path, v, `${path} in body should be a multiple of ${s.multipleOf}`));
  }
}

function checkArray(v: unknown[], s: CrdSchemaNode, path: string, causes: StatusCause[]): void {
  if (s.maxItems !== undefined && v.length > s.maxItems) {
    causes.push({ reason: 'FieldValueTooMany', field: path, message: `Too many: ${v.length}: must have at most ${s.maxItems} items` });
  }
  if (s.minItems !== undefined && v.length < s.minItems) {
    causes.push(invalidValue(path, v.length, `${path} in body should have at least ${s.minItems} items`));
  }
  const listType = s['x-kubernetes-list-type'];
  if (s.uniqueItems || listType === 'set') {
    const seen = new Set<string>();
    v.forEach((item, i) => {
      const key = JSON.stringify(item);
      if (seen.has(key)) causes.push({ reason: 'FieldValueDuplicate', field: `${path}[${i}]`, message: `Duplicate value: ${key}` });
      seen.add(key);
    });
  }
  if (listType === 'map') {
    const keys = s['x-kubernetes-list-map-keys'] ?? [];
    const seen = new Set<string>();
    v.forEach((item, i) => {
      if (!isPlainObject(item)) return;
      const key = JSON.stringify(keys.map((k) => item[k]));
      if (seen.has(key)) causes.push({ reason: 'FieldValueDuplicate', field: `${path}[${i}]`, message: `Duplicate value: ${JSON.stringify(Object.fromEntries(keys.map((k) => [k, item[k]])))}` });
      seen.add(key);
    });
  }
  if (s.items) v.forEach((item, i) => visit(item, s.items as CrdSchemaNode, `${path}[${i}]`, causes));
}

function checkObject(v: Record<string, unknown>, s: CrdSchemaNode, path: string, causes: StatusCause[]): void {
  for (const r of s.required ?? []) if (v[r] === undefined) causes.push(requiredValue(`${path}.${r}`));
  const n = Object.keys(v).length;
  if (s.maxProperties !== undefined && n > s.maxProperties) {
    causes.push({ reason: 'FieldValueTooMany', field: path, message: `Too many: ${n}: must have at most ${s.maxProperties} items` });
  }
  if (s.minProperties !== undefined && n < s.minProperties) {
    causes.push(invalidValue(path, n, `${path} in body should have at least ${s.minProperties} properties`));
  }
  for (const [k, child] of Object.entries(v)) {
    const prop = s.properties?.[k] ?? (isPlainObject(s.additionalProperties) ? s.additionalProperties : undefined);
    if (prop && child !== undefined) visit(child, prop, `${path}.${k}`, causes);
  }
}

function checkCombinators(v: unknown, s: CrdSchemaNode, path: string, causes: StatusCause[]): void {
  for (const sub of s.allOf ?? []) visit(v, sub, path, causes);
  if (s.anyOf && !s.anyOf.some((sub) => validateSchema(v, sub, path).length === 0)) {
    causes.push(invalidValue(path, v, `${path} in body must match at least one schema in anyOf`));
  }
  if (s.oneOf && s.oneOf.filter((sub) => validateSchema(v, sub, path).length === 0).length !== 1) {
    causes.push(invalidValue(path, v, `${path} in body must validate one and only one schema (oneOf)`));
  }
  if (s.not && validateSchema(v, s.not, path).length === 0) {
    causes.push(invalidValue(path, v, `${path} in body should not be valid against the "not" schema`));
  }
}

import type { Schema } from '../../api/kubernetes/index.js';
import { isPlainObject } from '../kube-object.js';

/**
 * Drops fields a schema does not know, in place, and returns their paths (`spec.foo`). `structural` follows
 * CRD rules (an object with neither properties nor additionalProperties keeps nothing unless
 * `x-kubernetes-preserve-unknown-fields`); built-in schemas leave such free-form objects alone.
 * `apiVersion`, `kind` and `metadata` at the root are never pruned here.
 */
export function pruneUnknown(obj: Record<string, unknown>, schema: Schema, structural: boolean): string[] {
  const unknown: string[] = [];
  const root = schema;
  for (const key of Object.keys(obj)) {
    if (key === 'apiVersion' || key === 'kind' || key === 'metadata') continue;
    const field = root.field(key);
    if (!field) {
      if (!root.preservesUnknownFields) {
        delete obj[key];
        unknown.push(key);
      }
      continue;
    }
    obj[key] = walk(obj[key], field, key, structural, unknown);
  }
  return unknown;
}

function walk(value: unknown, schema: Schema, path: string, structural: boolean, unknown: string[]): unknown {
  if (Array.isArray(value)) {
    const items = schema.items();
    if (items) value.forEach((v, i) => { value[i] = walk(v, items, `${path}[${i}]`, structural, unknown); });
    return value;
  }
  if (!isPlainObject(value) || schema.isIntOrString) return value;
  if (schema.raw['x-kubernetes-embedded-resource'] === true) return value;
  const raw = schema.raw;
  const hasProps = raw.properties !== undefined;
  const additional = raw.additionalProperties;
  if (!hasProps && additional === undefined) {
    if (!structural || schema.preservesUnknownFields) return value;
  }
  for (const key of Object.keys(value)) {
    const child = hasProps && raw.properties?.[key] ? schema.field(key) : typeof additional === 'object' ? schema.field(key) : undefined;
    if (child) {
      value[key] = walk(value[key], child, `${path}.${key}`, structural, unknown);
    } else if (additional === true || schema.preservesUnknownFields) {
      continue;
    } else {
      delete value[key];
      unknown.push(`${path}.${key}`);
    }
  }
  return value;
}

import { cloneJson, isPlainObject } from '../kube-object.js';
import type { CrdSchemaNode } from './crd-schema-node.js';

/**
 * Fills absent fields that declare a `default` in a CRD schema, in place, descending into objects and array items
 * that are present (as the apiserver's structural defaulting does on read and write).
 */
export function applySchemaDefaults(value: unknown, schema: CrdSchemaNode | undefined): void {
  if (!schema) return;
  if (Array.isArray(value)) {
    for (const item of value) applySchemaDefaults(item, schema.items);
    return;
  }
  if (!isPlainObject(value)) return;
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    if (value[key] === undefined && prop.default !== undefined) value[key] = cloneJson(prop.default);
    if (value[key] !== undefined) applySchemaDefaults(value[key], prop);
  }
  if (isPlainObject(schema.additionalProperties)) {
    for (const key of Object.keys(value)) {
      if (!schema.properties?.[key]) applySchemaDefaults(value[key], schema.additionalProperties);
    }
  }
}

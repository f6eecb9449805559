import type { JsonSchemaNode } from '../crd-schema.js';

/**
 * The schema used for validation: the CRD schema with every object that lists `properties` closed
 * (`additionalProperties: false`), so an unknown or misspelt field is reported — as `kubectl apply` with server-side
 * field validation does — instead of being pruned silently. Nodes with `x-kubernetes-preserve-unknown-fields` stay open.
 */
export function strictSchema(node: JsonSchemaNode): JsonSchemaNode {
  const out: JsonSchemaNode = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value as Record<string, JsonSchemaNode>).map(([k, v]) => [k, strictSchema(v)]));
    } else if ((key === 'items' || key === 'additionalProperties') && value && typeof value === 'object') {
      out[key] = strictSchema(value as JsonSchemaNode);
    } else {
      out[key] = value;
    }
  }
  if (out.properties && out['x-kubernetes-preserve-unknown-fields'] !== true && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

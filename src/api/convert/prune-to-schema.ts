import type { JsonSchemaNode } from '../crd-schema.js';

type Json = Record<string, unknown>;

/**
 * Removes, in place, every field the schema does not declare — what a Kubernetes API server prunes — and returns the
 * removed paths so callers can report them. Nodes with `x-kubernetes-preserve-unknown-fields` are left whole.
 */
export function pruneToSchema(data: unknown, schema: JsonSchemaNode, path = ''): string[] {
  if (schema['x-kubernetes-preserve-unknown-fields'] === true) return [];
  if (Array.isArray(data)) {
    const items = schema.items as JsonSchemaNode | undefined;
    return items ? data.flatMap((item, i) => pruneToSchema(item, items, `${path}[${i}]`)) : [];
  }
  if (data === null || typeof data !== 'object') return [];
  const obj = data as Json;
  const props = schema.properties as Record<string, JsonSchemaNode> | undefined;
  const additional = schema.additionalProperties as JsonSchemaNode | undefined;
  const removed: string[] = [];
  for (const key of Object.keys(obj)) {
    const child = path === '' ? key : `${path}.${key}`;
    const sub = props?.[key] ?? (typeof additional === 'object' ? additional : undefined);
    if (sub) removed.push(...pruneToSchema(obj[key], sub, child));
    else if (props) {
      delete obj[key];
      removed.push(child);
    }
  }
  return removed;
}

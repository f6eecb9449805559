import type { TSchema } from '@sinclair/typebox';

/** A plain JSON Schema node as it appears in a CRD (`openAPIV3Schema`). */
export type JsonSchemaNode = { [key: string]: unknown };

/**
 * Turns a TypeBox schema into the plain OpenAPI v3 object a CRD carries: TypeBox's symbol keys are dropped and an
 * empty `required` list is left out, so the result is JSON that a Kubernetes API server accepts as a structural schema.
 */
export function toCrdSchema(schema: TSchema): JsonSchemaNode {
  return clean(JSON.parse(JSON.stringify(schema)) as unknown) as JsonSchemaNode;
}

function clean(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(clean);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonSchemaNode = {};
  for (const [key, value] of Object.entries(node as JsonSchemaNode)) {
    if (key === 'required' && Array.isArray(value) && value.length === 0) continue;
    // `default` and `enum` hold data, not schema: copy them untouched.
    out[key] = key === 'default' || key === 'enum' ? value : clean(value);
  }
  return out;
}

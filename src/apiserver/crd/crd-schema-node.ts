import type { SchemaNode } from '../../api/kubernetes/index.js';

/** A CRD's openAPIV3Schema node with the validation keywords structural schemas allow. */
export interface CrdSchemaNode extends SchemaNode {
  properties?: Record<string, CrdSchemaNode>;
  items?: CrdSchemaNode;
  additionalProperties?: CrdSchemaNode | boolean;
  default?: unknown;
  nullable?: boolean;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  maxProperties?: number;
  multipleOf?: number;
  uniqueItems?: boolean;
  anyOf?: CrdSchemaNode[];
  oneOf?: CrdSchemaNode[];
  allOf?: CrdSchemaNode[];
  not?: CrdSchemaNode;
  'x-kubernetes-validations'?: Array<{ rule: string; message?: string; messageExpression?: string; fieldPath?: string; reason?: string }>;
}

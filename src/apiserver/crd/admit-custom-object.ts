import { Schema } from '../../api/kubernetes/index.js';
import type { StatusCause } from '../api-error.js';
import { requiredValue } from '../api-errors.js';
import type { KubeObject } from '../kube-object.js';
import { pruneUnknown } from '../objects/prune-unknown.js';
import type { ResourceType } from '../registry/resource-type.js';
import { applySchemaDefaults } from './apply-schema-defaults.js';
import { celRuleCauses } from './cel-rules.js';
import type { CrdSchemaNode } from './crd-schema-node.js';
import { validateSchema } from './validate-schema.js';

/** The outcome of admitting a custom object: pruned field paths and validation causes. */
export interface CustomAdmission {
  unknown: string[];
  causes: StatusCause[];
}

/**
 * Defaults, prunes and validates a custom object against its CRD version's openAPIV3Schema (structure first, then
 * its CEL rules, with `old` as `oldSelf` on update), in place. The root's apiVersion, kind and metadata are left to
 * the generic metadata rules.
 */
export function admitCustomObject(type: ResourceType, obj: KubeObject, old?: KubeObject): CustomAdmission {
  const node = type.custom?.schema as CrdSchemaNode | undefined;
  if (!node) return { unknown: [], causes: [] };
  const { metadata: _m, apiVersion: _a, kind: _k, ...body } = obj;
  applySchemaDefaults(body, { ...node, properties: withoutRootMeta(node.properties) });
  Object.assign(obj, body);
  const unknown = pruneUnknown(obj, Schema.fromOpenAPIV3(node), true);
  const causes: StatusCause[] = [];
  for (const r of node.required ?? []) {
    if (r !== 'metadata' && r !== 'apiVersion' && r !== 'kind' && obj[r] === undefined) causes.push(requiredValue(r));
  }
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'metadata' || key === 'apiVersion' || key === 'kind') continue;
    const prop = node.properties?.[key];
    if (prop && value !== undefined) causes.push(...validateSchema(value, prop, key));
  }
  if (causes.length === 0 && type.custom) {
    // Rules on the root see the whole object (`self.metadata.name`, `self.spec`).
    const rootRules = node['x-kubernetes-validations'];
    if (rootRules) causes.push(...celRuleCauses(obj, { 'x-kubernetes-validations': rootRules }, old, '', type.custom.celCache));
    for (const [key, value] of Object.entries(obj)) {
      const prop = node.properties?.[key];
      if (prop && key !== 'metadata') causes.push(...celRuleCauses(value, prop, old?.[key], key, type.custom.celCache));
    }
  }
  return { unknown, causes };
}

function withoutRootMeta(props: Record<string, CrdSchemaNode> | undefined): Record<string, CrdSchemaNode> {
  const { metadata: _m, apiVersion: _a, kind: _k, ...rest } = props ?? {};
  return rest;
}

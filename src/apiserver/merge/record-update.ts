import type { Schema } from '../../api/kubernetes/index.js';
import { FieldSet } from './field-set.js';
import { everythingExcept } from './field-filter.js';
import { managedUpdate, type FieldManagerContext } from './field-manager.js';
import type { KubeObject } from './patch-request.js';
import { TypeNode } from './type-node.js';

/**
 * managedFields for a create (POST, `old` undefined), update (PUT) or any other non-apply write: returns `next` whose
 * Update entry for (fieldManager, apiVersion, subresource) gains the fields that changed, other managers losing them.
 * managedFields sent in `next` replace the stored ones; an empty list or `[{}]` clears them. Never throws.
 */
export function recordUpdate(
  old: KubeObject | undefined, next: KubeObject, fieldManager: string, now: string, schema: Schema | undefined,
  subresource?: string,
): KubeObject {
  const ctx: FieldManagerContext = {
    type: TypeNode.forObject(schema),
    ignored: subresource === 'status' ? everythingExcept(['status'], old, next) : new FieldSet(),
    apiVersion: String(next.apiVersion ?? old?.apiVersion ?? ''),
    now,
  };
  if (subresource) ctx.subresource = subresource;
  return managedUpdate(old, next, fieldManager, ctx);
}

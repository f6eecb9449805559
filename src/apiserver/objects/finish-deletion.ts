import type { ApiContext } from '../api-context.js';
import type { KubeObject } from '../kube-object.js';
import type { ResourceType } from '../registry/resource-type.js';

/** Removes an object from storage for good (its finalizers are done); returns it as the DELETED event carries it. */
export function finishDeletion(ctx: ApiContext, type: ResourceType, obj: KubeObject): KubeObject {
  return ctx.store.delete(type.storageKey, obj);
}

import type { ApiContext } from '../api-context.js';
import { forbidden, notFound } from '../api-errors.js';
import type { ResourceType } from '../registry/resource-type.js';

/**
 * Refuses a create in a namespace that does not exist (404) or is being deleted (403), as Kubernetes'
 * NamespaceLifecycle admission does.
 */
export function checkNamespaceOpen(ctx: ApiContext, type: ResourceType, namespace: string, name: string): void {
  const ns = ctx.store.get('/namespaces', undefined, namespace);
  if (!ns) throw notFound({ group: '', plural: 'namespaces' }, namespace);
  if (ns.metadata.deletionTimestamp) {
    throw forbidden(`${type.plural}${type.group ? '.' + type.group : ''} "${name}" is forbidden: unable to create new content in namespace ${namespace} because it is being terminated`,
      type, name);
  }
}

import type { KubeObject } from '../kube-object.js';
import type { ResourceType } from '../registry/resource-type.js';

/** The `Status` Kubernetes answers a delete that removed the object at once. */
export function statusSuccess(type: ResourceType, obj: KubeObject): Record<string, unknown> {
  return {
    kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success',
    details: { name: obj.metadata.name, group: type.group || undefined, kind: type.plural, uid: obj.metadata.uid },
  };
}

import type { KubeObject } from '../kube-object.js';
import { apiVersionOf, type ResourceType } from '../registry/resource-type.js';

/**
 * The object as the requested version shows it: versions of one resource share storage and differ here only in
 * `apiVersion` (no field conversion, as with a CRD's `None` strategy).
 */
export function presentAs(type: ResourceType, obj: KubeObject): KubeObject {
  const av = apiVersionOf(type);
  return obj.apiVersion === av ? obj : { ...obj, apiVersion: av };
}

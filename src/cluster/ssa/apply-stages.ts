import type { KubeObject } from '../client/index.js';

// Applied first: what other objects need to exist (their kinds, their namespaces, the roles bound to them).
const clusterDefinitions = new Set(['apiextensions.k8s.io/CustomResourceDefinition', '/Namespace', 'rbac.authorization.k8s.io/ClusterRole']);

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/**
 * Splits objects into Flux's apply stages, keeping input order within each: CRDs, Namespaces and
 * ClusterRoles; then `*Class` kinds (StorageClass, IngressClass, PriorityClass, …); then everything else.
 */
export function applyStages(objects: readonly KubeObject[]): KubeObject[][] {
  const stages: KubeObject[][] = [[], [], []];
  for (const obj of objects) {
    const key = `${groupOf(obj.apiVersion)}/${obj.kind}`;
    const stage = clusterDefinitions.has(key) ? 0 : obj.kind.endsWith('Class') ? 1 : 2;
    stages[stage]!.push(obj);
  }
  return stages.filter((s) => s.length > 0);
}

/** Whether an object is a CustomResourceDefinition (the apply waits for those to be Established). */
export function isCrd(obj: KubeObject): boolean {
  return obj.kind === 'CustomResourceDefinition' && groupOf(obj.apiVersion) === 'apiextensions.k8s.io';
}

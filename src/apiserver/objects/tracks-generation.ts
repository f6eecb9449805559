import { hasStatus, type ResourceType } from '../registry/resource-type.js';

const withoutGeneration = new Set(['Namespace', 'Service', 'PersistentVolumeClaim', 'PersistentVolume', 'Node', 'Pod']);

/**
 * Whether objects of a resource carry `metadata.generation` bumped on spec changes: custom resources always;
 * built-ins that have a spec and a status subresource (Deployments, Jobs, CRDs, …), as their strategies do.
 */
export function tracksGeneration(type: ResourceType): boolean {
  if (type.custom) return true;
  if (!hasStatus(type) || withoutGeneration.has(type.kind)) return false;
  return type.schema()?.field('spec') !== undefined;
}

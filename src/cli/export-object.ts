import type { KubeObject } from '../cluster/client/index.js';

// Annotations the cluster or the CLI wrote, not the user: they would make an export differ from Git.
const ephemeralAnnotations = ['kubectl.kubernetes.io/last-applied-configuration', 'reconcile.fluxcd.io/requestedAt', 'reconcile.fluxcd.io/forceAt'];

/** An object as a user would commit it: apiVersion, kind, name, namespace, labels, annotations and spec; no status. */
export function exportable(obj: KubeObject): Record<string, unknown> {
  const metadata: Record<string, unknown> = { name: obj.metadata.name, namespace: obj.metadata.namespace };
  const labels = obj.metadata.labels;
  if (labels && Object.keys(labels).length > 0) metadata.labels = labels;
  const annotations = Object.fromEntries(Object.entries(obj.metadata.annotations ?? {}).filter(([k]) => !ephemeralAnnotations.includes(k)));
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  const out: Record<string, unknown> = { apiVersion: obj.apiVersion, kind: obj.kind, metadata };
  for (const [k, v] of Object.entries(obj)) {
    if (!['apiVersion', 'kind', 'metadata', 'status'].includes(k)) out[k] = v;
  }
  return out;
}

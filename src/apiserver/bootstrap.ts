import type { ApiContext } from './api-context.js';
import { createObject } from './objects/create-object.js';

const systemNamespaces = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

/** Creates the namespaces every cluster starts with and the `kubernetes` Service in `default`, when missing. */
export function bootstrapCluster(ctx: ApiContext): void {
  const nsType = ctx.registry.find('', 'v1', 'namespaces');
  const saType = ctx.registry.find('', 'v1', 'serviceaccounts');
  if (!nsType || !saType) return;
  const opts = { dryRun: false, fieldManager: 'kube-apiserver', fieldValidation: 'Ignore' as const, warnings: [] };
  for (const name of systemNamespaces) {
    if (!ctx.store.get(nsType.storageKey, undefined, name)) createObject(ctx, nsType, undefined, { metadata: { name } }, opts);
  }
  const svcType = ctx.registry.find('', 'v1', 'services');
  if (svcType && !ctx.store.get(svcType.storageKey, 'default', 'kubernetes')) {
    createObject(ctx, svcType, 'default', {
      metadata: { name: 'kubernetes', labels: { component: 'apiserver', provider: 'kubernetes' } },
      spec: { type: 'ClusterIP', clusterIP: '10.96.0.1', clusterIPs: ['10.96.0.1'], ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }] },
    }, opts);
  }
}

/** Gives a namespace its `default` ServiceAccount if it has none (what the service account controller does). */
export function ensureDefaultServiceAccount(ctx: ApiContext, namespace: string): void {
  const saType = ctx.registry.find('', 'v1', 'serviceaccounts');
  const ns = ctx.store.get('/namespaces', undefined, namespace);
  if (!saType || !ns || ns.metadata.deletionTimestamp || ctx.store.get(saType.storageKey, namespace, 'default')) return;
  createObject(ctx, saType, namespace, { metadata: { name: 'default' } },
    { dryRun: false, fieldManager: 'kube-controller-manager', fieldValidation: 'Ignore', warnings: [] });
}

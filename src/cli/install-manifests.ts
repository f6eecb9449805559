import { fluxCrds } from '../api/crds.js';
import type { KubeObject } from '../cluster/client/index.js';

/** What `fluxion install` puts in a cluster: CRDs, the namespace, RBAC, and the controllers' Deployment. */
export interface InstallOptions {
  namespace: string;
  image: string;
  version: string;
}

const partOf = { 'app.kubernetes.io/part-of': 'fluxion', 'app.kubernetes.io/instance': 'flux-system' };

/** The install manifests in apply order (CRDs and namespace first), as plain objects. */
export function installManifests(o: InstallOptions): KubeObject[] {
  const labels = { ...partOf, 'app.kubernetes.io/version': o.version };
  return [
    ...(fluxCrds() as KubeObject[]),
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: o.namespace, labels } },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'fluxion-controllers', namespace: o.namespace, labels } },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name: 'fluxion-cluster-reconciler', labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
      subjects: [{ kind: 'ServiceAccount', name: 'fluxion-controllers', namespace: o.namespace }],
    },
    {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'fluxion-controllers', namespace: o.namespace, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'fluxion-controllers' } },
        template: {
          metadata: { labels: { app: 'fluxion-controllers', ...labels } },
          spec: {
            serviceAccountName: 'fluxion-controllers',
            containers: [{
              name: 'manager',
              image: o.image,
              args: ['controllers', '--leader-elect', `--namespace=${o.namespace}`, '--metrics-addr=:8080', '--storage-dir=/data'],
              ports: [{ containerPort: 8080, name: 'http-prom' }],
              volumeMounts: [{ name: 'data', mountPath: '/data' }],
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } },
            }],
            volumes: [{ name: 'data', emptyDir: {} }],
          },
        },
      },
    },
  ];
}

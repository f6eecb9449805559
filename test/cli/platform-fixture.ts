import type { KubeObject } from '../../src/cluster/client/index.js';
import { isReady } from '../support/flux-env.js';
import { gitRepository, ksRef, kustomization, startCliEnv, type CliEnv } from './cli-env.js';

/**
 * A small platform repository: Kustomization `root` (./clusters) creates Kustomization `apps` (./apps, postBuild
 * from ConfigMap cluster-vars) which applies a namespace, a Deployment, a Secret and a ConfigMap.
 */
export const platformFiles: Record<string, string> = {
  'clusters/apps.yaml': `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: apps
  namespace: flux-system
spec:
  interval: 10m0s
  path: ./apps
  prune: true
  sourceRef:
    kind: GitRepository
    name: platform
  postBuild:
    substituteFrom:
      - kind: ConfigMap
        name: cluster-vars
`,
  'apps/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - namespace.yaml\n  - settings.yaml\n  - creds.yaml\n  - web.yaml\n',
  'apps/namespace.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: web\n',
  'apps/settings.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: web\ndata:\n  env: ${cluster_env}\n',
  'apps/creds.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\n  namespace: web\nstringData:\n  password: hunter2-original\n',
  'apps/web.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: web
spec:
  replicas: \${replicas}
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
`,
};

const clusterVars: KubeObject = {
  apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cluster-vars', namespace: 'flux-system' }, data: { cluster_env: 'dev', replicas: '2' },
};

/** Starts a CLI env with the platform repository synced and both Kustomizations Ready. */
export async function startPlatform(): Promise<CliEnv> {
  const c = await startCliEnv(platformFiles);
  try {
    await c.env.apply(clusterVars, gitRepository('platform', c.url), kustomization('root', 'platform', { path: './clusters' }));
    await c.env.waitFor(ksRef('root'), isReady, 30_000);
    await c.env.waitFor(ksRef('apps'), isReady, 30_000);
    return c;
  } catch (err) {
    await c.close();
    throw err;
  }
}

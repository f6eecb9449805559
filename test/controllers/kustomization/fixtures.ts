import type { KubeObject, ObjectRef } from '../../../src/cluster/client/index.js';

/** A file:// GitRepository named `name` in flux-system for a bare test repository. */
export function gitSource(name: string, bareDir: string): KubeObject {
  return {
    apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', metadata: { name, namespace: 'flux-system' },
    spec: { interval: '1m0s', ref: { branch: 'main' }, url: `file://${bareDir}` },
  };
}

/** A Kustomization in flux-system building `path` of GitRepository `source`. */
export function kustomization(name: string, source: string, spec: Record<string, unknown>): KubeObject {
  return {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', metadata: { name, namespace: 'flux-system' },
    spec: { interval: '10m0s', prune: true, sourceRef: { kind: 'GitRepository', name: source }, ...spec },
  };
}

export const ksRef = (name: string): ObjectRef => ({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', name, namespace: 'flux-system' });
export const srcRef = (name: string): ObjectRef => ({ apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', name, namespace: 'flux-system' });

export const namespaceYaml = (name: string): string => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`;

/** A Deployment manifest; `image` with tag `unready` keeps it unready in the simulated kubelet. */
export function deploymentYaml(name: string, namespace: string, image = 'nginx:1.27', replicas = '1'): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: app
          image: ${image}
`;
}

export const configMapYaml = (name: string, namespace: string, data: Record<string, string>, annotations: Record<string, string> = {}): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\n` +
  (Object.keys(annotations).length ? `  annotations:\n${Object.entries(annotations).map(([k, v]) => `    ${k}: "${v}"`).join('\n')}\n` : '') +
  `data:\n${Object.entries(data).map(([k, v]) => `  ${k}: "${v}"`).join('\n')}\n`;

/** A patch that asks for a reconcile now, as `fluxion reconcile` does (a fresh token each call). */
export function requestedAtPatch(): Record<string, unknown> {
  return { metadata: { annotations: { 'reconcile.fluxcd.io/requestedAt': new Date().toISOString() + Math.random() } } };
}

import { rmSync } from 'node:fs';
import type { KubeObject, ObjectRef } from '../../src/cluster/client/index.js';
import { startFluxEnv, type FluxEnv } from '../support/flux-env.js';
import { TestRepo, tempDir } from '../support/git-repo.js';

/** A cluster with controllers and one bare Git repository, for driving the CLI as a user would. */
export interface CliEnv {
  env: FluxEnv;
  kubeconfig: string;
  repo: TestRepo;
  /** `file://` URL of the repository. */
  url: string;
  close(): Promise<void>;
}

/** Starts a Flux environment and a repository with `files` committed on `main`. */
export async function startCliEnv(files: Record<string, string>): Promise<CliEnv> {
  const root = tempDir('fluxion-cli-');
  const repo = TestRepo.create(root, 'platform');
  repo.commit(files, 'Initial commit');
  const env = await startFluxEnv();
  return {
    env, repo, kubeconfig: env.server.kubeconfigPath, url: `file://${repo.bareDir}`,
    async close() {
      await env.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A GitRepository in flux-system following `main` of `url`. */
export function gitRepository(name: string, url: string, extra: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', metadata: { name, namespace: 'flux-system' },
    spec: { interval: '10m0s', ref: { branch: 'main' }, url, ...extra },
  };
}

/** A Kustomization in flux-system building `path` of GitRepository `source`. */
export function kustomization(name: string, source: string, spec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', metadata: { name, namespace: 'flux-system' },
    spec: { interval: '10m0s', path: './', prune: true, sourceRef: { kind: 'GitRepository', name: source }, ...spec },
  };
}

export const gitRef = (name: string, namespace = 'flux-system'): ObjectRef => ({ apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', name, namespace });
export const ksRef = (name: string, namespace = 'flux-system'): ObjectRef => ({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', name, namespace });
export const configMapYaml = (name: string, namespace: string, data: Record<string, string>): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\ndata:\n${Object.entries(data).map(([k, v]) => `  ${k}: "${v}"`).join('\n')}\n`;

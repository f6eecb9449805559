import type { KubeObject } from '../../../cluster/client/index.js';
import { ReconcileError } from '../../../runtime/errors/reconcile-error.js';
import type { KustomizationObject } from '../kustomization-object.js';

/**
 * Builds `spec.path` of the unpacked artifact with Flux's rules (generated kustomization when none, the spec's
 * overlay on top, input order, loading confined to the artifact root). Failures are BuildFailed naming the file.
 */
export async function buildManifests(root: string, ks: KustomizationObject): Promise<KubeObject[]> {
  throw new ReconcileError('BuildFailed', `kustomize build of ${ks.spec.path ?? './'} in ${root}: engine not wired`);
}

import { DiskFileSystem, isPathEscapeError } from '../../../build/fs/index.js';
import { buildKustomization, isKustomizeError, type FluxOverlay } from '../../../build/kustomize/index.js';
import type { KubeObject } from '../../../cluster/client/index.js';
import { ReconcileError } from '../../../runtime/errors/reconcile-error.js';
import type { KustomizationObject } from '../kustomization-object.js';

/** The parts of a Kustomization's spec that kustomize-controller lays over the kustomization in `spec.path`. */
export function overlayOf(ks: KustomizationObject): FluxOverlay {
  const s = ks.spec;
  return {
    ...(s.targetNamespace ? { targetNamespace: s.targetNamespace } : {}),
    ...(s.namePrefix ? { namePrefix: s.namePrefix } : {}),
    ...(s.nameSuffix ? { nameSuffix: s.nameSuffix } : {}),
    ...(s.commonMetadata ? { commonMetadata: s.commonMetadata } : {}),
    ...(s.patches?.length ? { patches: s.patches as FluxOverlay['patches'] } : {}),
    ...(s.images?.length ? { images: s.images as FluxOverlay['images'] } : {}),
    ...(s.components?.length ? { components: s.components } : {}),
  };
}

/**
 * Builds `spec.path` of the unpacked artifact with Flux's rules (generated kustomization when none, the spec's
 * overlay on top, input order, every read confined to the artifact root). Failures are BuildFailed naming the file.
 * The `fluxion build/diff kustomization` commands call this same function, so they build exactly what is applied.
 */
export async function buildManifests(root: string, ks: KustomizationObject): Promise<KubeObject[]> {
  const path = ks.spec.path ?? './';
  try {
    return buildKustomization(new DiskFileSystem(root), path, { overlay: overlayOf(ks) }) as unknown as KubeObject[];
  } catch (err) {
    if (isKustomizeError(err) || isPathEscapeError(err)) throw new ReconcileError('BuildFailed', `kustomize build failed: ${(err as Error).message}`);
    throw err;
  }
}

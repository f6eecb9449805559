import type { LeasedArtifact, UnpackedArtifactCache } from '../../../artifact/unpacked-artifact-cache.js';
import { isNotFoundError, type ClusterClient } from '../../../cluster/client/index.js';
import { ReconcileError } from '../../../runtime/errors/reconcile-error.js';
import { WaitingError } from '../../../runtime/errors/waiting-error.js';
import type { KustomizationObject } from '../kustomization-object.js';

/** The source kinds a Kustomization can build from, and their API versions. */
export const sourceApiVersions: Record<string, string> = {
  GitRepository: 'source.toolkit.fluxcd.io/v1',
  OCIRepository: 'source.toolkit.fluxcd.io/v1',
  Bucket: 'source.toolkit.fluxcd.io/v1',
};

/** The source's current artifact as advertised in its status. */
export interface SourceArtifact {
  url: string;
  digest: string;
  revision: string;
}

/** Reads the source named by `spec.sourceRef` and returns its artifact; waits when it has none yet. */
export async function readSourceArtifact(client: ClusterClient, ks: KustomizationObject, retryAfterMs: number, signal: AbortSignal): Promise<SourceArtifact> {
  const ref = ks.spec.sourceRef;
  const namespace = ref.namespace ?? ks.metadata.namespace ?? '';
  const apiVersion = ref.apiVersion ?? sourceApiVersions[ref.kind];
  if (!apiVersion) throw new ReconcileError('ArtifactFailed', `spec.sourceRef.kind: ${ref.kind} sources are not supported yet`);
  try {
    const source = await client.get({ apiVersion, kind: ref.kind, name: ref.name, namespace }, { signal });
    const artifact = (source.status as { artifact?: Partial<SourceArtifact> } | undefined)?.artifact;
    if (!artifact?.url || !artifact.digest || !artifact.revision) {
      throw new WaitingError('ArtifactFailed', `Source artifact not found for ${ref.kind} '${namespace}/${ref.name}', retrying`, retryAfterMs, { emitEvent: false });
    }
    return { url: artifact.url, digest: artifact.digest, revision: artifact.revision };
  } catch (err) {
    if (!isNotFoundError(err)) throw err;
    throw new WaitingError('ArtifactFailed', `Source '${ref.kind}/${namespace}/${ref.name}' not found`, retryAfterMs, { emitEvent: false });
  }
}

/**
 * The artifact's unpacked tree, verified against its digest, shared with every Kustomization of the same revision;
 * the caller releases it when the build is done.
 */
export async function leaseArtifact(cache: UnpackedArtifactCache, artifact: SourceArtifact): Promise<LeasedArtifact> {
  try {
    return await cache.acquire(artifact.url, artifact.digest);
  } catch (err) {
    throw new ReconcileError('ArtifactFailed', `failed to fetch artifact ${artifact.revision}: ${(err as Error).message}`);
  }
}

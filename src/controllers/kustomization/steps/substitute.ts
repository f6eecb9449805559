import {
  collectVariables, substituteObjects, SubstitutionError, MissingSubstitutionSourceError, type SubstitutionSource,
} from '../../../build/postbuild/index.js';
import { isNotFoundError, type ClusterClient, type KubeObject } from '../../../cluster/client/index.js';
import { ReconcileError } from '../../../runtime/errors/reconcile-error.js';
import type { KustomizationObject } from '../kustomization-object.js';

async function readSource(client: ClusterClient, namespace: string, ref: { kind: 'ConfigMap' | 'Secret'; name: string; optional?: boolean }, signal: AbortSignal): Promise<SubstitutionSource> {
  try {
    const obj = await client.get({ apiVersion: 'v1', kind: ref.kind, name: ref.name, namespace }, { signal });
    const raw = (obj.data ?? {}) as Record<string, string>;
    const data = ref.kind === 'Secret'
      ? Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]))
      : raw;
    return { kind: ref.kind, name: ref.name, data, optional: ref.optional ?? false };
  } catch (err) {
    if (!isNotFoundError(err)) throw err;
    return { kind: ref.kind, name: ref.name, data: undefined, optional: ref.optional ?? false };
  }
}

/**
 * `spec.postBuild`: reads `substituteFrom` ConfigMaps and Secrets from the Kustomization's namespace, merges them
 * with `substitute` (Flux's precedence) and expands `${var}` in every object, strictly. Failures are BuildFailed,
 * naming the object and variable; secret values never appear in messages.
 */
export async function substitute(client: ClusterClient, ks: KustomizationObject, objects: KubeObject[], signal: AbortSignal): Promise<KubeObject[]> {
  const postBuild = ks.spec.postBuild;
  if (!postBuild) return objects;
  const namespace = ks.metadata.namespace ?? '';
  try {
    const sources = await Promise.all((postBuild.substituteFrom ?? []).map((ref) => readSource(client, namespace, ref, signal)));
    const vars = collectVariables(sources, postBuild.substitute ?? {});
    return substituteObjects(objects, vars, { strict: true }) as KubeObject[];
  } catch (err) {
    if (err instanceof SubstitutionError || err instanceof MissingSubstitutionSourceError) {
      throw new ReconcileError('BuildFailed', `post build failed: ${err.message}`);
    }
    throw err;
  }
}

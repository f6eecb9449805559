import type { ClusterClient, KubeObject } from '../../../cluster/client/index.js';
import { isNotFoundError } from '../../../cluster/client/index.js';
import { WaitingError } from '../../../runtime/errors/waiting-error.js';
import type { KustomizationObject } from '../kustomization-object.js';

interface ReadyCondition { type: string; status: string; message?: string }

/** Why a dependency is not ready, or undefined when it is ready at its latest generation. */
export function dependencyBlocker(dep: KubeObject, sourceRevision: string | undefined, sameSource: boolean): string | undefined {
  const status = (dep.status ?? {}) as { observedGeneration?: number; conditions?: ReadyCondition[]; lastAppliedRevision?: string };
  if ((dep.spec as { suspend?: boolean } | undefined)?.suspend) return 'it is suspended';
  if (status.observedGeneration !== dep.metadata.generation) return 'it has not reconciled its latest generation yet';
  const ready = status.conditions?.find((c) => c.type === 'Ready');
  if (ready?.status !== 'True') return ready?.message ? ready.message : 'it is not ready';
  if (sameSource && sourceRevision && status.lastAppliedRevision !== sourceRevision) {
    return `it has not applied revision ${sourceRevision} yet (last applied: ${status.lastAppliedRevision ?? 'none'})`;
  }
  return undefined;
}

/**
 * Waits for every `spec.dependsOn` Kustomization to be Ready at its latest generation (and, sharing this one's
 * source, to have applied the same revision). Throws WaitingError(DependencyNotReady) saying which one blocks and why.
 */
export async function checkDependencies(client: ClusterClient, ks: KustomizationObject, sourceRevision: string | undefined, retryAfterMs: number, signal: AbortSignal): Promise<void> {
  for (const ref of ks.spec.dependsOn ?? []) {
    const namespace = ref.namespace ?? ks.metadata.namespace ?? '';
    let dep: KubeObject;
    try {
      dep = await client.get({ apiVersion: ks.apiVersion, kind: 'Kustomization', name: ref.name, namespace }, { signal });
    } catch (err) {
      if (!isNotFoundError(err)) throw err;
      throw new WaitingError('DependencyNotReady', `dependency '${namespace}/${ref.name}' not found`, retryAfterMs);
    }
    const depSource = (dep.spec as { sourceRef?: { kind?: string; name?: string; namespace?: string } } | undefined)?.sourceRef;
    const mine = ks.spec.sourceRef;
    const sameSource = !!depSource && depSource.kind === mine.kind && depSource.name === mine.name &&
      (depSource.namespace ?? namespace) === (mine.namespace ?? ks.metadata.namespace);
    const blocker = dependencyBlocker(dep, sourceRevision, sameSource);
    if (blocker) throw new WaitingError('DependencyNotReady', `dependency '${namespace}/${ref.name}' is not ready: ${blocker}`, retryAfterMs);
  }
}

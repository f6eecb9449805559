import type { ClusterClient, KubeObject } from '../client/index.js';

/** A CRD that did not become Established in time; names it. */
export class CrdNotEstablishedError extends Error {
  override name = 'CrdNotEstablishedError';
  readonly reason = 'ReconciliationFailed';
}

/** Polls each CRD until its `Established` condition is True, so its custom resources can be applied next. */
export async function waitForCrdsEstablished(client: ClusterClient, crds: readonly KubeObject[], options: { timeoutMs: number; signal?: AbortSignal }): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (const crd of crds) {
    const ref = { apiVersion: crd.apiVersion, kind: crd.kind, name: crd.metadata.name ?? '' };
    for (;;) {
      options.signal?.throwIfAborted();
      const live = await client.get(ref, { signal: options.signal });
      const conditions = ((live.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions) ?? [];
      if (conditions.some((c) => c.type === 'Established' && c.status === 'True')) break;
      if (Date.now() > deadline) throw new CrdNotEstablishedError(`CustomResourceDefinition/${ref.name} was not Established within ${options.timeoutMs / 1000}s`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

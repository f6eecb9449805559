import type { KustomizationSpec } from '../../api/kustomize/v1/kustomization.js';
import type { ResourceInventory } from '../../api/inventory.js';
import type { Condition } from '../../api/meta/condition.js';
import type { KubeObject } from '../../cluster/client/index.js';

/** The status fields this controller writes. */
export interface KustomizationStatus {
  [key: string]: unknown;
  observedGeneration?: number;
  conditions?: Condition[];
  lastAppliedRevision?: string;
  lastAttemptedRevision?: string;
  inventory?: ResourceInventory;
  lastHandledReconcileAt?: string;
}

/** A Kustomization as the controller reads it (already converted to `kustomize.toolkit.fluxcd.io/v1`). */
export type KustomizationObject = KubeObject & { spec: KustomizationSpec; status?: KustomizationStatus };

/** Flux's owner labels on every applied object; prune deletes only objects that still carry them. */
export function ownerLabels(ks: KubeObject): Record<string, string> {
  return {
    'kustomize.toolkit.fluxcd.io/name': ks.metadata.name ?? '',
    'kustomize.toolkit.fluxcd.io/namespace': ks.metadata.namespace ?? '',
  };
}

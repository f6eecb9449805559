import type { KubeObject } from '../../../cluster/client/index.js';
import { ReconcileError } from '../../../runtime/errors/reconcile-error.js';
import type { KustomizationObject } from '../kustomization-object.js';

/**
 * Refuses to apply SOPS-encrypted objects (a top-level `sops` block): decryption is not implemented yet, and
 * encrypted data must never reach the cluster as if it were the real value.
 */
export function refuseEncrypted(ks: KustomizationObject, objects: readonly KubeObject[]): void {
  const encrypted = objects.filter((o) => o.sops !== undefined);
  if (encrypted.length === 0) return;
  const names = encrypted.map((o) => `${o.kind}/${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`).join(', ');
  const why = ks.spec.decryption
    ? `spec.decryption (provider ${ks.spec.decryption.provider}) is not supported by this version of Fluxion yet`
    : 'spec.decryption is not set';
  throw new ReconcileError('BuildFailed', `SOPS-encrypted objects were not applied (${names}): ${why}`);
}

import { Type, type Static } from '@sinclair/typebox';
import { DateTime, Int64, StringMap } from '../schema/building-blocks.js';

/** `meta.Snapshot`: one entry of a Kustomization's `status.history` (reconciliations of one digest). */
export const ReconcileSnapshotSchema = Type.Object({
  digest: Type.String({ description: 'Digest is the checksum in the format `<algo>:<hex>` of the resources in this snapshot.' }),
  firstReconciled: DateTime({ description: 'FirstReconciled is the time when this revision was first reconciled to the cluster.' }),
  lastReconciled: DateTime({ description: 'LastReconciled is the time when this revision was last reconciled to the cluster.' }),
  lastReconciledDuration: Type.String({ description: 'LastReconciledDuration is time it took to reconcile the resources in this revision.' }),
  lastReconciledStatus: Type.String({ description: 'LastReconciledStatus is the status of the last reconciliation.' }),
  totalReconciliations: Int64({ description: 'TotalReconciliations is the total number of reconciliations that have occurred for this snapshot.' }),
  metadata: Type.Optional(StringMap({ description: 'Metadata contains metadata information about the snapshot, like the revision.' })),
});
/** One reconcile-history snapshot. */
export type ReconcileSnapshot = Static<typeof ReconcileSnapshotSchema>;

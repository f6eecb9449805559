import type { ClusterClient, KubeObject } from '../../cluster/client/index.js';
import { refOf } from '../../cluster/client/index.js';
import { mergeDiff } from './merge-diff.js';

/**
 * Writes `updated.status` through the status subresource as a merge patch against `original.status`, and
 * only when something changed (a steady state costs no write). Returns the server's object, or undefined.
 */
export async function patchStatus(
  client: ClusterClient,
  original: KubeObject,
  updated: KubeObject,
  options: { fieldManager?: string; signal?: AbortSignal } = {},
): Promise<KubeObject | undefined> {
  const diff = mergeDiff(original.status ?? {}, updated.status ?? {});
  if (diff === undefined) return undefined;
  return client.patchStatus(refOf(updated), { status: diff }, { fieldManager: options.fieldManager, signal: options.signal });
}

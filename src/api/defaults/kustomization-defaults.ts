/** Kustomization timeout as Flux computes it: `spec.timeout`, else interval − 30s; never below 30s (all in ms). */
export function kustomizationTimeoutMs(intervalMs: number, timeoutMs?: number): number {
  const ms = timeoutMs ?? intervalMs - 30_000;
  return ms < 30_000 ? 30_000 : ms;
}

/** Retry interval after a failure: `spec.retryInterval`, else `spec.interval` (ms). */
export function kustomizationRetryIntervalMs(intervalMs: number, retryIntervalMs?: number): number {
  return retryIntervalMs ?? intervalMs;
}

/** `spec.deletionPolicy` with Flux's default `MirrorPrune` (orphan when prune is false, delete when true). */
export function kustomizationDeletionPolicy(spec: { deletionPolicy?: string; prune?: boolean }): 'Delete' | 'WaitForTermination' | 'Orphan' {
  const policy = spec.deletionPolicy ?? 'MirrorPrune';
  if (policy === 'MirrorPrune') return spec.prune ? 'Delete' : 'Orphan';
  return policy as 'Delete' | 'WaitForTermination' | 'Orphan';
}

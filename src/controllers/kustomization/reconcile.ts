import type { UnpackedArtifactCache } from '../../artifact/unpacked-artifact-cache.js';
import type { KubeObject } from '../../cluster/client/index.js';
import { describeChanges } from '../../cluster/ssa/index.js';
import { kustomizationRetryIntervalMs, kustomizationTimeoutMs } from '../../api/defaults/kustomization-defaults.js';
import { formatDuration, parseDuration } from '../../lib/duration.js';
import type { ReconcileContext, ReconcileResult } from '../../runtime/reconciler.js';
import { setCondition } from '../../runtime/conditions/set-condition.js';
import { ReconcileError } from '../../runtime/errors/reconcile-error.js';
import { HEALTHY } from './conditions.js';
import type { KustomizationObject } from './kustomization-object.js';
import { applyAndPrune, withOwnerLabels } from './steps/apply-and-prune.js';
import { buildManifests } from './steps/build-manifests.js';
import { checkDependencies } from './steps/check-dependencies.js';
import { checkHealth, healthTargets } from './steps/check-health.js';
import { leaseArtifact, readSourceArtifact } from './steps/fetch-source.js';
import { refuseEncrypted } from './steps/guard-encrypted.js';
import { substitute } from './steps/substitute.js';

/** Flux's timing rules: retry on `retryInterval` (else `interval`); `timeout`, else `interval` - 30s, never under 30s. */
function timings(ks: KustomizationObject): { retryMs: number; timeoutMs: number } {
  const intervalMs = parseDuration(ks.spec.interval);
  const optional = (d: string | undefined) => (d ? parseDuration(d) : undefined);
  return {
    retryMs: kustomizationRetryIntervalMs(intervalMs, optional(ks.spec.retryInterval)),
    timeoutMs: kustomizationTimeoutMs(intervalMs, optional(ks.spec.timeout)),
  };
}

/**
 * One Kustomization reconcile, in kustomize-controller's order: source artifact → dependencies (at that revision) →
 * build → post-build substitution → apply in stages → prune → health. Throwing a runtime error ends it with that
 * reason (the runtime writes Ready, events and metrics); returning is success.
 */
export async function reconcileKustomization(artifacts: UnpackedArtifactCache, ctx: ReconcileContext, ks: KustomizationObject, signal: AbortSignal): Promise<ReconcileResult> {
  const { retryMs, timeoutMs } = timings(ks);
  const status = (ks.status ??= {});

  const artifact = await readSourceArtifact(ctx.client, ks, retryMs, signal);
  await checkDependencies(ctx.client, ks, artifact.revision, retryMs, signal);
  status.lastAttemptedRevision = artifact.revision;

  const tree = await leaseArtifact(artifacts, artifact);
  let objects: KubeObject[];
  try {
    objects = await buildManifests(tree.dir, ks);
  } finally {
    tree.release();
  }
  objects = await substitute(ctx.client, ks, objects, signal);
  refuseEncrypted(ks, objects);
  objects = withOwnerLabels(ks, objects);

  const { applied, pruned, inventory } = await applyAndPrune(ctx.client, ks, objects, signal);
  status.inventory = inventory;
  const changes = describeChanges([...applied, ...pruned]);
  if (changes) ctx.event({ type: 'Normal', reason: 'Progressing', message: changes, annotations: { 'kustomize.toolkit.fluxcd.io/revision': artifact.revision } });

  const targets = await healthTargets(ctx.client, ks, applied, signal);
  if (targets.length > 0) {
    await ctx.progress('Progressing', `Running health checks for revision ${artifact.revision} with a timeout of ${formatDuration(timeoutMs)}`);
    try {
      await checkHealth(ctx.client, ks, targets, timeoutMs, signal, applied);
    } catch (err) {
      // A new revision or spec change aborted the wait: say so, and let the queued reconcile take over at once.
      if (signal.aborted) throw new ReconcileError('HealthCheckCanceled', `health check canceled for revision ${artifact.revision}: a new revision or spec change arrived`, { emitEvent: false });
      setCondition(ks, { type: HEALTHY, status: 'False', reason: 'HealthCheckFailed', message: (err as Error).message }, ctx.now());
      throw err;
    }
    setCondition(ks, { type: HEALTHY, status: 'True', reason: 'Succeeded', message: 'Health check passed' }, ctx.now());
  }
  status.lastAppliedRevision = artifact.revision;
  return { reason: 'ReconciliationSucceeded', message: `Applied revision: ${artifact.revision}` };
}

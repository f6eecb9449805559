import type { ClusterClient, KubeObject, ObjectRef } from '../../../cluster/client/index.js';
import { CelHealthCheck, waitForHealth, HealthExpressionError, type HealthCheckExpression } from '../../../cluster/health/index.js';
import type { ChangeSet } from '../../../cluster/ssa/index.js';
import { formatDuration } from '../../../lib/duration.js';
import { ReconcileError } from '../../../runtime/errors/reconcile-error.js';
import { StalledError } from '../../../runtime/errors/stalled-error.js';
import type { KustomizationObject } from '../kustomization-object.js';

const matches = (pattern: string | undefined, value: string): boolean => pattern === undefined || pattern === '*' || pattern === value;

/**
 * The objects to wait for: with `spec.wait`, everything applied; else `spec.healthChecks`, where `'*'` as a name
 * or namespace (seed 001) matches every object of that kind there.
 */
export async function healthTargets(client: ClusterClient, ks: KustomizationObject, applied: ChangeSet, signal: AbortSignal): Promise<ObjectRef[]> {
  if (ks.spec.wait) {
    return applied.filter((c) => c.action !== 'skipped').map((c) => ({ apiVersion: c.apiVersion, kind: c.kind, name: c.name, ...(c.namespace ? { namespace: c.namespace } : {}) }));
  }
  const refs: ObjectRef[] = [];
  for (const check of ks.spec.healthChecks ?? []) {
    const apiVersion = check.apiVersion ?? 'v1';
    const namespace = check.namespace ?? ks.metadata.namespace;
    if (check.name !== '*' && namespace !== '*') {
      refs.push({ apiVersion, kind: check.kind, name: check.name, ...(namespace ? { namespace } : {}) });
      continue;
    }
    const list = await client.list({ apiVersion, kind: check.kind, ...(namespace && namespace !== '*' ? { namespace } : {}), signal });
    for (const obj of list.items as KubeObject[]) {
      if (matches(check.name, obj.metadata.name ?? '')) {
        refs.push({ apiVersion, kind: check.kind, name: obj.metadata.name ?? '', ...(obj.metadata.namespace ? { namespace: obj.metadata.namespace } : {}) });
      }
    }
  }
  return refs;
}

/**
 * Waits (within `spec.timeout`, default `spec.interval`) for the health targets to be Current, using kstatus for
 * built-in kinds, the Ready condition for custom resources, and `spec.healthCheckExprs` where given. Throws
 * HealthCheckFailed naming each unhealthy object and its state.
 */
export async function checkHealth(client: ClusterClient, ks: KustomizationObject, refs: readonly ObjectRef[], timeoutMs: number, signal: AbortSignal, applied: ChangeSet = []): Promise<void> {
  if (refs.length === 0) return;
  let celChecks: CelHealthCheck[];
  try {
    celChecks = await Promise.all((ks.spec.healthCheckExprs ?? []).map((e) => CelHealthCheck.compile(e as HealthCheckExpression)));
  } catch (err) {
    if (err instanceof HealthExpressionError) throw new StalledError('InvalidCELExpression', err.message);
    throw err;
  }
  const known = new Map(applied.filter((c) => c.object).map((c) => [c.subject, c.object as KubeObject]));
  const unhealthy = await waitForHealth(client, refs, { timeoutMs, celChecks, signal, known });
  if (unhealthy.length === 0) return;
  const list = unhealthy.map((u) => `${u.subject} status: '${u.result.status}'${u.result.message ? `: ${u.result.message}` : ''}`).join(', ');
  throw new ReconcileError('HealthCheckFailed', `health check failed after ${formatDuration(timeoutMs)}: timeout waiting for: [${list}]`);
}

import { Schema } from '../../../src/api/kubernetes/index.js';
import { applyPatch, recordUpdate, type KubeObject } from '../../../src/apiserver/merge/index.js';

/** Server-side applies `config` (sent as JSON, as kubectl does) to `current` and returns the stored result. */
export function ssa(
  current: KubeObject | undefined, config: KubeObject, fieldManager: string,
  opts: { force?: boolean; now?: string; subresource?: 'status'; statusSubresource?: boolean; schema?: Schema } = {},
): KubeObject {
  const schema = opts.schema ?? Schema.forBuiltin(String(config.apiVersion), String(config.kind));
  return applyPatch({
    current, body: JSON.stringify(config), contentType: 'application/apply-patch+yaml', schema, fieldManager,
    force: opts.force ?? false, now: opts.now ?? '2026-01-01T00:00:00Z',
    ...(opts.subresource ? { subresource: opts.subresource } : {}),
    ...(opts.statusSubresource ? { statusSubresource: true } : {}),
  });
}

/** What the API server stores after a create by a non-apply client (kubectl create, client-side apply). */
export function created(obj: KubeObject, fieldManager: string, now = '2026-01-01T00:00:00Z'): KubeObject {
  const withMeta = { ...obj, metadata: { ...(obj.metadata as object), uid: 'uid-1', resourceVersion: '1' } };
  return recordUpdate(undefined, withMeta, fieldManager, now, Schema.forBuiltin(String(obj.apiVersion), String(obj.kind)));
}

/** Stored object gets a uid and resourceVersion as the API server would add (apply-create results lack them). */
export function stored(obj: KubeObject): KubeObject {
  return { ...obj, metadata: { ...(obj.metadata as object), uid: 'uid-1', resourceVersion: '2' } };
}

/** The managedFields entries of an object. */
export function managedFields(obj: KubeObject): Array<Record<string, unknown>> {
  return ((obj.metadata as Record<string, unknown>).managedFields ?? []) as Array<Record<string, unknown>>;
}

/** The fieldsV1 of one manager's entry (by manager name and, optionally, operation). */
export function fieldsOf(obj: KubeObject, manager: string, operation?: string): unknown {
  return managedFields(obj).find((e) => e.manager === manager && (!operation || e.operation === operation))?.fieldsV1;
}

/** A small nginx Deployment apply configuration, replicas and image adjustable. */
export function nginxDeployment(replicas = 3, image = 'nginx:1.14.2'): KubeObject {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name: 'nginx-deployment', namespace: 'default', labels: { app: 'nginx' } },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'nginx' } },
      template: {
        metadata: { labels: { app: 'nginx' } },
        spec: { containers: [{ name: 'nginx', image, ports: [{ containerPort: 80 }] }] },
      },
    },
  };
}

import { badRequest } from '../api-errors.js';
import type { KubeObject } from '../kube-object.js';

/** A predicate over a whole object. */
export type FieldMatcher = (obj: KubeObject) => boolean;

// Field labels each built-in kind supports beyond metadata.name/metadata.namespace (as Kubernetes registers them).
const supported: Record<string, string[]> = {
  Event: ['involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid',
    'involvedObject.apiVersion', 'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason',
    'reportingComponent', 'source', 'type', 'regarding.kind', 'regarding.namespace', 'regarding.name',
    'regarding.uid', 'regarding.apiVersion', 'reportingController'],
  Pod: ['spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork',
    'status.phase', 'status.podIP', 'status.nominatedNodeName'],
  Secret: ['type'],
  Namespace: ['status.phase'],
  Node: ['spec.unschedulable'],
  ReplicaSet: ['status.replicas'],
  ReplicationController: ['status.replicas'],
  Job: ['status.successful'],
  CertificateSigningRequest: ['spec.signerName'],
};

/**
 * Parses a field selector (`metadata.name=x,involvedObject.kind!=Pod`) for a kind. Unsupported field labels are
 * a 400, as Kubernetes answers `field label not supported: …`.
 */
export function parseFieldSelector(selector: string, kind: string): FieldMatcher {
  const tests: FieldMatcher[] = [];
  for (const raw of selector.split(',')) {
    const part = raw.trim();
    if (!part) continue;
    const m = /^([^=!]+?)\s*(==|=|!=)\s*(.*)$/.exec(part);
    if (!m) throw badRequest(`invalid selector: '${selector}'; can't understand '${part}'`);
    const field = m[1] ?? '';
    const value = m[3] ?? '';
    const negate = m[2] === '!=';
    if (field !== 'metadata.name' && field !== 'metadata.namespace' && !(supported[kind] ?? []).includes(field)) {
      throw badRequest(`field label not supported: ${field}`);
    }
    tests.push((obj) => (fieldValue(obj, field) === value) !== negate);
  }
  return (obj) => tests.every((t) => t(obj));
}

function fieldValue(obj: KubeObject, path: string): string {
  if (path === 'source') {
    const src = obj.source as { component?: string } | undefined;
    return src?.component ?? '';
  }
  let cur: unknown = obj;
  for (const seg of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return '';
    cur = (cur as Record<string, unknown>)[seg];
  }
  if (cur === undefined || cur === null) return '';
  return typeof cur === 'string' ? cur : String(cur);
}

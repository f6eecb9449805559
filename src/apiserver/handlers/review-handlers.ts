import type { ResourceType } from '../registry/resource-type.js';

const user = { username: 'fluxion-admin', groups: ['system:masters', 'system:authenticated'] };

/**
 * Whether a resource is one of Kubernetes' review endpoints (access reviews, rules reviews, who-am-I), which answer
 * a create with a status and store nothing.
 */
export function isReview(type: ResourceType): boolean {
  return (type.group === 'authorization.k8s.io' || type.group === 'authentication.k8s.io') && type.kind.endsWith('Review');
}

/**
 * The answer to a review: the one token holder is the cluster's administrator, so every access is allowed
 * (`kubectl auth can-i`), every rule applies, and who-am-I names that user (`kubectl auth whoami`).
 */
export function answerReview(type: ResourceType, body: Record<string, unknown>): Record<string, unknown> {
  const base = { ...body, apiVersion: type.group ? `${type.group}/${type.version}` : type.version, kind: type.kind, metadata: { creationTimestamp: null } };
  switch (type.kind) {
    case 'SelfSubjectReview':
      return { ...base, status: { userInfo: user } };
    case 'SelfSubjectRulesReview':
      return { ...base, status: { resourceRules: [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }],
        nonResourceRules: [{ verbs: ['*'], nonResourceURLs: ['*'] }], incomplete: false } };
    case 'TokenReview':
      return { ...base, status: { authenticated: false, error: 'token reviews are not supported by the sandbox' } };
    default:
      return { ...base, status: { allowed: true, reason: 'the sandbox token holds every permission' } };
  }
}

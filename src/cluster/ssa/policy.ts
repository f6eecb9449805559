import type { KubeObject } from '../client/index.js';

/** Flux's per-object annotations (word for word) that change how an object is applied or pruned. */
export const SSA_ANNOTATION = 'kustomize.toolkit.fluxcd.io/ssa';
export const RECONCILE_ANNOTATION = 'kustomize.toolkit.fluxcd.io/reconcile';
export const PRUNE_ANNOTATION = 'kustomize.toolkit.fluxcd.io/prune';
export const FORCE_ANNOTATION = 'kustomize.toolkit.fluxcd.io/force';

/** How one object is to be applied. */
export type ApplyPolicy = 'apply' | 'skip' | 'ifNotPresent';

function annotation(obj: KubeObject, key: string): string | undefined {
  const v = obj.metadata.annotations?.[key] ?? obj.metadata.labels?.[key];
  return typeof v === 'string' ? v : undefined;
}

/** `reconcile: disabled` and `ssa: Ignore` skip an object; `ssa: IfNotPresent` only creates it. */
export function applyPolicyOf(obj: KubeObject): ApplyPolicy {
  if (annotation(obj, RECONCILE_ANNOTATION)?.toLowerCase() === 'disabled') return 'skip';
  const ssa = annotation(obj, SSA_ANNOTATION)?.toLowerCase();
  if (ssa === 'ignore') return 'skip';
  if (ssa === 'ifnotpresent') return 'ifNotPresent';
  return 'apply';
}

/** `prune: disabled` keeps an object in the cluster when it leaves Git or its Kustomization is deleted. */
export function isPruneDisabled(obj: KubeObject): boolean {
  return annotation(obj, PRUNE_ANNOTATION)?.toLowerCase() === 'disabled';
}

/** `force: enabled` lets an object with a changed immutable field be recreated even without `spec.force`. */
export function isForceEnabled(obj: KubeObject): boolean {
  return annotation(obj, FORCE_ANNOTATION)?.toLowerCase() === 'enabled';
}

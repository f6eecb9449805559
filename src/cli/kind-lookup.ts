import { builtinResources } from '../api/kubernetes/index.js';
import { findCliKind } from './flux-kinds.js';

/**
 * The apiVersion for a kind a user typed (`Deployment`, `deploy`, `kustomization`, `Kustomization`): Flux kinds
 * first, then Kubernetes' built-in kinds (preferring the non-beta version). Undefined for custom kinds.
 */
export function apiVersionForKind(kind: string): { apiVersion: string; kind: string } | undefined {
  const flux = findCliKind([kind]);
  if (flux) return { apiVersion: flux.apiVersion, kind: flux.kind };
  const k = kind.toLowerCase();
  const matches = builtinResources().filter((r) => r.kind.toLowerCase() === k || r.plural === k || r.shortNames.includes(k));
  const stable = matches.find((r) => /^v\d+$/.test(r.version)) ?? matches[0];
  return stable ? { apiVersion: stable.group ? `${stable.group}/${stable.version}` : stable.version, kind: stable.kind } : undefined;
}

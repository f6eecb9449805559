import { findCliKind, type CliKind } from './flux-kinds.js';

/** What `reconcile|suspend|resume|export KIND… [NAME]` names: a kind and an object name (absent with --all). */
export interface KindTarget {
  kind: CliKind;
  name?: string;
}

/** Parses `kustomization apps`, `source git flux-system`, `image repository podinfo`; errors say what is expected. */
export function parseKindTarget(words: readonly string[], verb: string): KindTarget {
  const kind = findCliKind(words);
  if (!kind) throw new Error(`${verb}: unknown kind ${JSON.stringify(words.join(' '))} (try: kustomization NAME, source git NAME, helmrelease NAME)`);
  const name = words[kind.path.length];
  return name ? { kind, name } : { kind };
}

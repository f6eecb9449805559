/** `spec.ref` of a source.toolkit.fluxcd.io/v1 GitRepository. */
export interface GitRepositoryRef {
  readonly branch?: string;
  readonly tag?: string;
  readonly semver?: string;
  readonly name?: string;
  readonly commit?: string;
}

/** The one reference Flux acts on after applying its precedence rules. */
export type SelectedRef =
  | { readonly kind: 'commit'; readonly commit: string; readonly branch?: string }
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'semver'; readonly range: string }
  | { readonly kind: 'tag'; readonly tag: string }
  | { readonly kind: 'branch'; readonly branch: string };

/** Flux's default branch when `spec.ref` is absent or empty. */
export const DEFAULT_BRANCH = 'master';

/**
 * Applies Flux's precedence: commit > name > semver > tag > branch, defaulting to branch
 * `defaultBranch` (Flux: `master`). A commit keeps the branch it was given, as Flux clones that branch.
 */
export function selectRef(ref: GitRepositoryRef | undefined, defaultBranch = DEFAULT_BRANCH): SelectedRef {
  const r = ref ?? {};
  if (r.commit) return r.branch ? { kind: 'commit', commit: r.commit, branch: r.branch } : { kind: 'commit', commit: r.commit };
  if (r.name) return { kind: 'name', name: r.name };
  if (r.semver) return { kind: 'semver', range: r.semver };
  if (r.tag) return { kind: 'tag', tag: r.tag };
  return { kind: 'branch', branch: r.branch || defaultBranch };
}

/** The field of `spec.ref` a selection came from, for messages ("spec.ref.branch"). */
export function refField(sel: SelectedRef): string {
  return sel.kind === 'semver' ? 'spec.ref.semver' : `spec.ref.${sel.kind}`;
}

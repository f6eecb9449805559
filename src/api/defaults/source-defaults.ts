import type { GitRepositoryRef } from '../source/v1/git-repository.js';

/** Default timeout of Git, Bucket, OCI and Helm repository operations: `60s`. */
export const sourceDefaultTimeout = '60s';
/** HelmRepository requeue when `spec.interval` is unset (OCI repositories may omit it): `1m0s`. */
export const helmRepositoryDefaultInterval = '1m0s';

/** The Git reference to check out: `spec.ref` when any field is set, else branch `master` (as Flux). */
export function gitRepositoryRef(ref: GitRepositoryRef | undefined): GitRepositoryRef {
  const set = ref && Object.values(ref).some((v) => typeof v === 'string' && v !== '');
  return set && ref ? ref : { branch: 'master' };
}

/** Verification mode with Flux's default `HEAD` (the legacy `head` means the same). */
export function gitVerificationMode(mode: string | undefined): 'HEAD' | 'Tag' | 'TagAndHEAD' {
  if (mode === 'Tag' || mode === 'TagAndHEAD') return mode;
  return 'HEAD';
}

/** Authentication provider with Flux's default `generic`. */
export function sourceProvider(provider: string | undefined): string {
  return provider || 'generic';
}

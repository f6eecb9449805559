/** One `spec.postBuild.substituteFrom` entry after it was read from the cluster (data already decoded). */
export interface SubstitutionSource {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  /** undefined: the object does not exist (allowed only when `optional`). */
  data: Record<string, string> | undefined;
  optional: boolean;
}

/** A `substituteFrom` reference that is missing and not optional. */
export class MissingSubstitutionSourceError extends Error {
  override name = 'MissingSubstitutionSourceError';
  readonly reason = 'BuildFailed';
  constructor(readonly kind: string, readonly sourceName: string) {
    super(`substitute from '${kind}/${sourceName}' error: ${kind.toLowerCase()} "${sourceName}" not found`);
  }
}

/**
 * Merges substitution variables with Flux's precedence: `substituteFrom` entries in order (a later one wins),
 * then inline `substitute` over all. Newlines are removed from values, as Flux does.
 */
export function collectVariables(sources: readonly SubstitutionSource[], inline: Readonly<Record<string, string>> = {}): Map<string, string> {
  const vars = new Map<string, string>();
  for (const source of sources) {
    if (!source.data) {
      if (source.optional) continue;
      throw new MissingSubstitutionSourceError(source.kind, source.name);
    }
    for (const [k, v] of Object.entries(source.data)) vars.set(k, v.replaceAll('\n', ''));
  }
  for (const [k, v] of Object.entries(inline)) vars.set(k, String(v).replaceAll('\n', ''));
  return vars;
}

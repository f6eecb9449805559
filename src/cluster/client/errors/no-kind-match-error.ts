/** Discovery knows no resource of this kind in this apiVersion (a CRD not installed yet, or a typo). */
export class NoKindMatchError extends Error {
  override name = 'NoKindMatchError';
  readonly reason = 'NoKindMatch';

  constructor(readonly apiVersion: string, readonly kind: string) {
    super(`no matches for kind "${kind}" in version "${apiVersion}"`);
  }
}

/** Whether a value is a NoKindMatchError. */
export function isNoKindMatchError(err: unknown): err is NoKindMatchError {
  return err instanceof NoKindMatchError;
}

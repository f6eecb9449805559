/** The Flux reasons artifact failures map to. */
export type ArtifactErrorReason = 'ArchiveOperationFailed' | 'StorageOperationFailed' | 'ArtifactFailed' | 'IncludeUnavailable';

/** A failure packing, storing, serving or unpacking an artifact; the message names the file or path at fault. */
export class ArtifactError extends Error {
  override readonly name = 'ArtifactError';
  constructor(
    readonly reason: ArtifactErrorReason,
    message: string,
  ) {
    super(message);
  }
}

/** Type guard for {@link ArtifactError}. */
export function isArtifactError(err: unknown): err is ArtifactError {
  return err instanceof ArtifactError;
}

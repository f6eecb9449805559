import type { Reason } from '../../../api/reasons.js';

/**
 * A chart that fails to render: template syntax or execution error, a failed `required`, bad YAML output.
 * The message is Helm's; `afterRender` marks failures that `helm template` follows with its --debug hint.
 */
export class HelmRenderError extends Error {
  readonly reason: Reason = 'BuildFailed';
  constructor(message: string, readonly afterRender = false) {
    super(message);
    this.name = 'HelmRenderError';
  }
}

/** Type guard for {@link HelmRenderError}. */
export function isHelmRenderError(err: unknown): err is HelmRenderError {
  return err instanceof HelmRenderError;
}

import type { Reason } from '../../../api/reasons.js';

/** A chart that cannot be loaded: missing or invalid Chart.yaml, bad archive, unreadable values. */
export class ChartLoadError extends Error {
  readonly reason: Reason = 'BuildFailed';
  constructor(message: string) {
    super(message);
    this.name = 'ChartLoadError';
  }
}

/** Type guard for {@link ChartLoadError}. */
export function isChartLoadError(err: unknown): err is ChartLoadError {
  return err instanceof ChartLoadError;
}

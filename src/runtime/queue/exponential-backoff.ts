/** Flux's retry delays (fluxcd/pkg/runtime/controller): 750 ms doubling per failure up to 15 minutes. */
export interface BackoffOptions {
  minDelayMs: number;
  maxDelayMs: number;
}

/** Flux's defaults for `--min-retry-delay` and `--max-retry-delay`. */
export const fluxBackoff: BackoffOptions = { minDelayMs: 750, maxDelayMs: 15 * 60_000 };

/**
 * Per-key exponential failure backoff, as client-go's ItemExponentialFailureRateLimiter: the n-th consecutive
 * failure waits min·2ⁿ⁻¹, capped at max; `forget` after a success starts over.
 */
export class ExponentialBackoff {
  private readonly failures = new Map<string, number>();

  constructor(private readonly options: BackoffOptions = fluxBackoff) {}

  /** Records a failure of `key` and returns how long to wait before retrying it. */
  next(key: string): number {
    const n = this.failures.get(key) ?? 0;
    this.failures.set(key, n + 1);
    const delay = this.options.minDelayMs * 2 ** Math.min(n, 52);
    return Math.min(delay, this.options.maxDelayMs);
  }

  /** How many consecutive failures `key` has had. */
  count(key: string): number {
    return this.failures.get(key) ?? 0;
  }

  /** Clears `key`'s failure count (after a success, or when the object is gone). */
  forget(key: string): void {
    this.failures.delete(key);
  }
}

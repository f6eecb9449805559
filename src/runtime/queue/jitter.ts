/**
 * Flux's interval jitter (fluxcd/pkg/runtime/jitter, `--interval-jitter-percentage`, default 10): the duration
 * moved by a random fraction in [-p, +p]. `p` outside (0, 1) leaves it unchanged.
 */
export function jitter(durationMs: number, fraction: number, random: () => number = Math.random): number {
  if (fraction <= 0 || fraction >= 1) return durationMs;
  return Math.round(durationMs * (1 + fraction * (2 * random() - 1)));
}

/** Flux's default interval jitter: ±10 %. */
export const fluxIntervalJitter = 0.1;

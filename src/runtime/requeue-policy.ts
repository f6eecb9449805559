import type { ReconcileOutcome } from './conditions/reconcile-outcome.js';
import { jitter } from './queue/jitter.js';

/** What decides the next run of one key after a reconcile. */
export interface RequeueInput {
  outcome: ReconcileOutcome['kind'];
  /** From a successful result (`requeueAfterMs`) or a WaitingError. */
  requestedMs?: number;
  intervalMs?: number;
  /** Set when the kind retries failures after `spec.retryInterval` (already defaulted to the interval). */
  retryIntervalMs?: number;
  /** The next exponential backoff delay for this key (consumes one failure). */
  backoffMs: () => number;
  jitterFraction: number;
  random?: () => number;
}

/**
 * Flux's requeue rules: success → the result's delay or `spec.interval`, both jittered; waiting → its delay;
 * failure → `spec.retryInterval` where the kind has one, else exponential backoff; stalled → no requeue.
 * Returns the delay in ms, or undefined for "only when the object changes".
 */
export function nextRequeue(input: RequeueInput): number | undefined {
  switch (input.outcome) {
    case 'success': {
      const base = input.requestedMs ?? input.intervalMs;
      return base === undefined || base <= 0 ? undefined : jitter(base, input.jitterFraction, input.random);
    }
    case 'waiting':
      return input.requestedMs ?? input.intervalMs;
    case 'failure':
      return input.retryIntervalMs ?? input.backoffMs();
    case 'stalled':
      return undefined;
  }
}

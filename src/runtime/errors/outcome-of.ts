import { sanitizeUrlsIn } from '../../lib/url-sanitize.js';
import type { ReconcileOutcome } from '../conditions/reconcile-outcome.js';
import { isOutcomeError } from './outcome-error.js';
import { isWaitingError } from './waiting-error.js';

/** How a thrown value is reported: the outcome, whether to emit an event, and a WaitingError's delay. */
export interface ThrownOutcome {
  outcome: Exclude<ReconcileOutcome, { kind: 'success' }>;
  emitEvent: boolean;
  requeueAfterMs?: number;
}

/**
 * Classifies what a reconciler threw: the runtime's errors keep their reason and policy; anything else is a
 * retryable `ReconciliationFailed`. URLs in messages lose credentials and query before anyone sees them.
 */
export function outcomeOf(err: unknown): ThrownOutcome {
  const message = sanitizeUrlsIn(err instanceof Error ? err.message : String(err));
  if (!isOutcomeError(err)) return { outcome: { kind: 'failure', reason: 'ReconciliationFailed', message }, emitEvent: true };
  const thrown: ThrownOutcome = { outcome: { kind: err.outcome, reason: err.reason, message }, emitEvent: err.emitEvent };
  if (isWaitingError(err)) thrown.requeueAfterMs = err.requeueAfterMs;
  return thrown;
}

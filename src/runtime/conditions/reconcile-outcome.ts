import type { Reason } from '../../api/reasons.js';

/**
 * How one reconcile ended, as the summarizer and the event/metrics reporters see it: success (optionally with
 * the Ready reason/message), waiting for something (dependency, health), a retryable failure, or stalled.
 */
export type ReconcileOutcome =
  | { kind: 'success'; reason?: Reason; message?: string }
  | { kind: 'waiting'; reason: Reason; message: string }
  | { kind: 'failure'; reason: Reason; message: string }
  | { kind: 'stalled'; reason: Reason; message: string };

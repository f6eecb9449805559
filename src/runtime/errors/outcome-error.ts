import type { Reason } from '../../api/reasons.js';

/** Options every reconcile error takes: whether to emit a Kubernetes Event (default true). */
export interface OutcomeErrorOptions {
  emitEvent?: boolean;
  cause?: unknown;
}

/**
 * The base of the errors a reconciler throws to say how a reconcile ended. Each carries a Flux `reason` and
 * whether the runtime should emit an Event for it; the runtime turns it into conditions, events and a requeue.
 */
export abstract class OutcomeError extends Error {
  abstract readonly outcome: 'failure' | 'waiting' | 'stalled';
  readonly emitEvent: boolean;

  constructor(readonly reason: Reason, message: string, options: OutcomeErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.emitEvent = options.emitEvent ?? true;
  }
}

/** Whether a value is one of the runtime's reconcile errors. */
export function isOutcomeError(err: unknown): err is OutcomeError {
  return err instanceof OutcomeError;
}

/** The errors a reconciler throws to say how it ended. */
export { OutcomeError, isOutcomeError, type OutcomeErrorOptions } from './outcome-error.js';
export { ReconcileError, isReconcileError } from './reconcile-error.js';
export { StalledError, isStalledError } from './stalled-error.js';
export { WaitingError, isWaitingError } from './waiting-error.js';

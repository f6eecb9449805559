/** Kubernetes Events with client-go's counting, aggregation and rate limiting. */
export type { CoreEvent, EventInput, InvolvedObject } from './core-event.js';
export { EventCorrelator, defaultCorrelatorOptions, type Correlation, type CorrelatorOptions } from './event-correlator.js';
export { EventRecorder, type EventRecorderOptions } from './event-recorder.js';

export { assessHealth } from './assess-health.js';
export { CelHealthCheck, HealthExpressionError, type HealthCheckExpression } from './cel-health.js';
export type { HealthResult, HealthStatus, LiveObject } from './health-status.js';
export { waitForHealth, type UnhealthyObject, type WaitForHealthOptions } from './wait-for-health.js';

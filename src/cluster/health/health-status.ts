/** kstatus' verdict on one object, word for word (sigs.k8s.io/cli-utils/pkg/kstatus). */
export type HealthStatus = 'InProgress' | 'Failed' | 'Current' | 'Terminating' | 'NotFound' | 'Unknown';

/** A verdict with the message a user reads (`Ready: 1/3`, `Deployment is available. Replicas: 3`). */
export interface HealthResult {
  status: HealthStatus;
  message: string;
}

/** A Kubernetes object as plain JSON, as read from the API server. */
export type LiveObject = Record<string, unknown>;

export const current = (message: string): HealthResult => ({ status: 'Current', message });
export const inProgress = (message: string): HealthResult => ({ status: 'InProgress', message });
export const failed = (message: string): HealthResult => ({ status: 'Failed', message });

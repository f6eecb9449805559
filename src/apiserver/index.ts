/**
 * The embedded Kubernetes-API-compatible server (`fluxion cluster start`, the sandbox): real kubectl and
 * @kubernetes/client-node work against it unchanged. Start it with {@link startApiServer}; it serves TLS with a CA
 * generated into the state dir, requires the bearer token written into `<stateDir>/kubeconfig`, keeps state in
 * SQLite, and simulates workload status (an image containing `fluxion.dev/unready` or tagged `:unready` never
 * becomes ready; `fluxion.dev/fail` or `:fail` fails a Job).
 */
export { startApiServer, type ApiServerHandle, type ApiServerOptions } from './start-api-server.js';
export type { ApiLogger } from './api-context.js';

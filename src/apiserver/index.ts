/**
 * The embedded Kubernetes-API-compatible server (`fluxion cluster start`, the sandbox): real kubectl and
 * @kubernetes/client-node work against it. Start it with {@link startApiServer}.
 */
export { startApiServer, type ApiServerHandle, type ApiServerOptions } from './start-api-server.js';
export type { ApiLogger } from './api-context.js';

/** The cluster client: the only module that speaks HTTP to the API server. */
export { ClusterClient } from './cluster-client.js';
export type { ApplyOptions, DeleteOptions, ListOptions, PatchOptions, WatchOptions, WriteOptions } from './cluster-client.js';
export type { ClusterConnection, RequestOptions } from './connection/cluster-connection.js';
export { loadKubeconfig, type KubeconfigOptions } from './connection/load-kubeconfig.js';
export { connectionFromKubeConfig } from './connection/connection-from-kube-config.js';
export type { ResourceInfo } from './discovery.js';
export { objectKey, refOf } from './kube-object.js';
export type { ApiStatus, KubeObject, ObjectList, ObjectRef, WatchEvent } from './kube-object.js';
export { ApiError, isApiError, type FieldCause } from './errors/api-error.js';
export { AlreadyExistsError, isAlreadyExistsError } from './errors/already-exists-error.js';
export { ConflictError, isConflictError } from './errors/conflict-error.js';
export { ForbiddenError, isForbiddenError } from './errors/forbidden-error.js';
export { GoneError, isGoneError } from './errors/gone-error.js';
export { InvalidError, isInvalidError } from './errors/invalid-error.js';
export { NoKindMatchError, isNoKindMatchError } from './errors/no-kind-match-error.js';
export { NotFoundError, isNotFoundError } from './errors/not-found-error.js';
export { UnauthorizedError, isUnauthorizedError } from './errors/unauthorized-error.js';

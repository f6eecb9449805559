import type { ObjectMeta } from '../../api/meta/object-meta.js';

/** Any Kubernetes object as plain JSON: `apiVersion`, `kind`, `metadata` and whatever else its kind defines. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: unknown;
  status?: unknown;
  [key: string]: unknown;
}

/** Names one object (or, without `name`, one kind in one namespace or cluster-wide). */
export interface ObjectRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

/** A page of a list: the items (with `apiVersion`/`kind` filled in) and the list's resourceVersion. */
export interface ObjectList<T extends KubeObject = KubeObject> {
  items: T[];
  resourceVersion: string;
  continue?: string;
}

/** One event of a watch stream; `BOOKMARK` objects carry only `metadata.resourceVersion`. */
export interface WatchEvent<T extends KubeObject = KubeObject> {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK';
  object: T;
}

/** A `metav1.Status` as the API server sends it with a failed request. */
export interface ApiStatus {
  kind?: 'Status';
  status?: 'Success' | 'Failure';
  message?: string;
  reason?: string;
  code?: number;
  details?: {
    name?: string;
    group?: string;
    kind?: string;
    causes?: Array<{ reason?: string; message?: string; field?: string }>;
    retryAfterSeconds?: number;
  };
}

/** `kind/namespace/name` (namespace empty for cluster-scoped objects): the key the runtime queues and logs. */
export function objectKey(obj: { kind: string; metadata: { name?: string; namespace?: string } }): string {
  return `${obj.kind}/${obj.metadata.namespace ?? ''}/${obj.metadata.name ?? ''}`;
}

/** The reference to an object, for get/patch/delete calls. */
export function refOf(obj: KubeObject): ObjectRef {
  const ref: ObjectRef = { apiVersion: obj.apiVersion, kind: obj.kind, name: obj.metadata.name ?? '' };
  if (obj.metadata.namespace) ref.namespace = obj.metadata.namespace;
  return ref;
}

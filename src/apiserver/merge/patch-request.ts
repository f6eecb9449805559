import type { Schema } from '../../api/kubernetes/index.js';

/** A Kubernetes object as plain JSON: apiVersion, kind, metadata and the rest. */
export type KubeObject = Record<string, unknown>;

/** The patch media types the API server accepts on PATCH. */
export type PatchContentType =
  | 'application/json-patch+json'
  | 'application/merge-patch+json'
  | 'application/strategic-merge-patch+json'
  | 'application/apply-patch+yaml'
  | 'application/apply-patch+cbor';

/** Where a custom resource keeps its scale (a CRD's `subresources.scale`); built-ins use `.spec.replicas`. */
export interface ScalePaths {
  specReplicasPath: string;
  statusReplicasPath: string;
  labelSelectorPath?: string;
}

/** One PATCH (or server-side apply) against an object, with everything the merge needs and nothing from HTTP. */
export interface PatchRequest {
  /** The stored object; undefined when it does not exist (only server-side apply may then create it). */
  current: KubeObject | undefined;
  /** The raw request body (YAML or JSON for apply). */
  body: string;
  contentType: PatchContentType;
  /** The kind's schema; undefined for a custom kind without structural schema (lists then count as atomic). */
  schema: Schema | undefined;
  /** `?fieldManager=`; required for apply. For other patches pass the user-agent default (`defaultFieldManager`). */
  fieldManager: string | undefined;
  /** `?force=true` (apply only): take ownership of conflicting fields. */
  force: boolean;
  /** `/status` or `/scale`; undefined for the main resource. For `scale`, `current` and the result are the parent. */
  subresource?: 'status' | 'scale';
  /** The kind has a status subresource: main-resource writes then neither change nor own `.status`. */
  statusSubresource?: boolean;
  /** For `subresource: 'scale'` on a custom resource; built-ins default to `.spec.replicas`/`.status.replicas`. */
  scale?: ScalePaths;
  /** Whether the resource is a custom resource (strategic merge patch is then refused with 415). */
  custom?: boolean;
  /** The resource's apiVersion and kind from the URL; an apply config must match them (400 otherwise). */
  gvk?: { apiVersion: string; kind: string };
  /** The name and namespace from the URL; the patched object may not change them (400), a missing name is filled. */
  name?: string;
  namespace?: string;
  /** RFC 3339 time (seconds precision) stamped on the managedFields entry this write touches. */
  now: string;
}

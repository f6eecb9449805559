import type { Schema } from '../api/kubernetes/index.js';
import type { KubeObject } from './kube-object.js';

/** One PATCH handed to the merge machinery (mirrors `merge/index.ts`'s PatchRequest). */
export interface MergeRequest {
  current: KubeObject | undefined;
  body: string;
  contentType: string;
  schema: Schema | undefined;
  fieldManager: string | undefined;
  force: boolean;
  subresource?: 'status' | 'scale';
  statusSubresource?: boolean;
  scale?: { specReplicasPath: string; statusReplicasPath: string; labelSelectorPath?: string };
  custom?: boolean;
  now: string;
}

/**
 * The patch/apply machinery the write paths call: computing a patched object and maintaining managedFields.
 * Errors it throws carry `code`, `reason` and `causes`, which the routes turn into a `Status`.
 */
export interface MergeEngine {
  applyPatch(req: MergeRequest): KubeObject;
  recordUpdate(old: KubeObject | undefined, next: KubeObject, fieldManager: string, now: string, schema: Schema | undefined,
    subresource?: string): KubeObject;
  defaultFieldManager(userAgent: string | undefined): string;
  /** The `autoscaling/v1` Scale view of a scalable object. */
  toScale(parent: KubeObject, paths?: { specReplicasPath: string; statusReplicasPath: string; labelSelectorPath?: string }): KubeObject;
}

import type { KubeObject } from './kube-object.js';
import type { MergeEngine } from './merge-engine.js';
import { applyPatch, defaultFieldManager, recordUpdate, toScale, type PatchContentType } from './merge/index.js';

/** The merge module (`merge/index.ts`: patches, server-side apply, managedFields) behind the {@link MergeEngine} port. */
export function mergeAdapter(): MergeEngine {
  return {
    applyPatch: (req) => applyPatch({ ...req, contentType: req.contentType as PatchContentType }) as KubeObject,
    recordUpdate: (old, next, manager, now, schema, subresource) => recordUpdate(old, next, manager, now, schema, subresource) as KubeObject,
    defaultFieldManager,
    toScale: (parent, paths) => toScale(parent, paths) as KubeObject,
  };
}

import { Schema } from '../../api/kubernetes/index.js';
import { everythingExcept } from './field-filter.js';
import { managedApply, managedUpdate, type FieldManagerContext } from './field-manager.js';
import { isObject } from './json-order.js';
import { MergeError } from './merge-error.js';
import { checkApplyConfig } from './object-checks.js';
import { parseApplyBody } from './parse-body.js';
import { patchDocument } from './patch-document.js';
import type { KubeObject, PatchRequest, ScalePaths } from './patch-request.js';
import { TypeNode } from './type-node.js';

const builtinScale: ScalePaths = { specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.replicas' };

function segments(path: string): string[] {
  return path.split('.').filter(Boolean);
}

function getPath(obj: unknown, path: readonly string[]): unknown {
  let v = obj;
  for (const s of path) v = isObject(v) ? v[s] : undefined;
  return v;
}

function setPath(obj: KubeObject, path: readonly string[], value: unknown): KubeObject {
  const [head, ...rest] = path;
  if (head === undefined) return obj;
  const child = isObject(obj[head]) ? obj[head] : {};
  return { ...obj, [head]: rest.length === 0 ? value : setPath(child, rest, value) };
}

function selectorString(parent: KubeObject, paths: ScalePaths): string | undefined {
  if (paths.labelSelectorPath) {
    const s = getPath(parent, segments(paths.labelSelectorPath));
    return typeof s === 'string' ? s : undefined;
  }
  const labels = getPath(parent, ['spec', 'selector', 'matchLabels']);
  if (!isObject(labels)) return undefined;
  return Object.keys(labels).sort().map((k) => `${k}=${String(labels[k])}`).join(',');
}

/** The `autoscaling/v1` Scale view of a scalable object (what GET on `/scale` returns). */
export function toScale(parent: KubeObject, paths: ScalePaths = builtinScale): KubeObject {
  const meta = isObject(parent.metadata) ? parent.metadata : {};
  const metadata: Record<string, unknown> = {};
  for (const k of ['name', 'namespace', 'uid', 'resourceVersion', 'creationTimestamp']) {
    if (meta[k] !== undefined) metadata[k] = meta[k];
  }
  const status: Record<string, unknown> = { replicas: getPath(parent, segments(paths.statusReplicasPath)) ?? 0 };
  const selector = selectorString(parent, paths);
  if (selector) status.selector = selector;
  return {
    apiVersion: 'autoscaling/v1', kind: 'Scale', metadata,
    spec: { replicas: getPath(parent, segments(paths.specReplicasPath)) ?? 0 }, status,
  };
}

/**
 * A patch or apply sent to `/scale`: computed on the Scale view, then written back to the parent's replicas field,
 * owned by the manager with `subresource: scale`. Returns the parent.
 */
export function scalePatch(req: PatchRequest, apply: boolean): KubeObject {
  const parent = req.current;
  if (!parent) throw new MergeError('BadRequest', 'the scale subresource needs an existing object');
  const paths = req.scale ?? builtinScale;
  const specPath = segments(paths.specReplicasPath);
  const ctx: FieldManagerContext = {
    type: TypeNode.forObject(req.schema), ignored: everythingExcept(specPath, parent),
    apiVersion: String(parent.apiVersion), subresource: 'scale', now: req.now,
  };
  const manager = req.fieldManager ?? '';
  if (apply) {
    const config = parseApplyBody(req.body);
    checkApplyConfig(config, { apiVersion: 'autoscaling/v1', kind: 'Scale' });
    const meta = isObject(parent.metadata) ? parent.metadata : {};
    let parentConfig: KubeObject = {
      apiVersion: parent.apiVersion, kind: parent.kind, metadata: { name: meta.name, namespace: meta.namespace },
    };
    const replicas = getPath(config, ['spec', 'replicas']);
    if (replicas !== undefined) parentConfig = setPath(parentConfig, specPath, replicas);
    ctx.ignored = everythingExcept(specPath, parent, parentConfig);
    const result = managedApply(parent, parentConfig, manager, req.force, ctx);
    return setPath({ ...parent, metadata: result.metadata }, specPath, getPath(result, specPath));
  }
  const scale = patchDocument(toScale(parent, paths), req.body, req.contentType, Schema.forBuiltin('autoscaling/v1', 'Scale'), false);
  const next = setPath(parent, specPath, getPath(scale, ['spec', 'replicas']));
  ctx.ignored = everythingExcept(specPath, parent, next);
  return managedUpdate(parent, next, manager, ctx);
}
